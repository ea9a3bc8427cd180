// What a workflow step writes to the story: a named revision, the public projection when it goes
// live, the address it moves to, the times and reasons it sets, and the guarded state write.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import { slugRedirects, stories, type Revision, type Story, type StoryState } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { ruleOf, type Transition } from '@/lib/workflow';
import { projectionOf, setBylineAndTags } from './projection';
import { insertRevision } from './revisions';
import type { CheckedInput } from './workflow-checks';

type StoryChanges = Partial<typeof stories.$inferInsert>;

/** One step being taken: the locked story, its working copy, who takes it, and when. */
export interface Step {
  story: Story;
  working: Revision;
  actor: Actor | null;
  transition: Transition;
  to: StoryState;
  now: Date;
  input: CheckedInput;
}

/** The database's clock, never the app's: instances may disagree about the time. */
export async function databaseNow(tx: Executor): Promise<Date> {
  const [clock] = await queryRows<{ now: Date | string }>(tx, sql`select now() as now`);
  return new Date(clock!.now);
}

/** What the step changes on the story row besides its state, and the addresses it touches. */
export async function stepChanges(
  tx: Executor,
  step: Step,
): Promise<{ changes: StoryChanges; slugs: string[] }> {
  const rule = ruleOf(step.transition);
  const changes: StoryChanges = {};
  const slugs = [step.story.slug];
  // A publication time belongs to a scheduled story: leaving the schedule forgets it.
  if (step.input.publishAt) changes.publishAt = step.input.publishAt;
  else if (step.story.state === 'scheduled') changes.publishAt = null;
  if (rule.namesRevision) {
    const revision = await markRevision(tx, step);
    changes.workingRevisionId = revision.id;
    if (rule.readers === 'live') {
      Object.assign(changes, await goLive(tx, step, revision));
      const slug = await moveAddress(tx, step);
      if (slug) {
        changes.slug = slug;
        slugs.push(slug);
      }
    }
  }
  if (rule.readers === 'gone') {
    changes.withdrawnAt = step.now;
    changes.withdrawnReason = step.input.reason;
  }
  return { changes, slugs };
}

/** Copies the working revision as a named one, so the history shows each step's text. */
function markRevision(tx: Executor, { story, working, actor, transition }: Step) {
  return insertRevision(tx, {
    storyId: story.id,
    body: working.body,
    meta: working.meta,
    authorId: actor?.id ?? null,
    reason: transition.replace('_', ' '),
  });
}

/** Makes a revision what readers see: the public projection, byline and tags follow it. */
async function goLive(tx: Executor, { story, now, input }: Step, revision: Revision) {
  await setBylineAndTags(tx, story.id, revision.meta);
  const changes: StoryChanges = {
    ...projectionOf(revision.meta, revision.body),
    publishedRevisionId: revision.id,
    featuredMediaId: revision.meta.featuredMediaId,
    publishAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
    publishedAt: story.publishedAt ?? now,
  };
  // Going live again while live is an update: readers see when, and the correction note if any.
  if (story.state === 'published') {
    changes.publicUpdatedAt = now;
    if (input.correction) {
      changes.corrections = [
        ...story.corrections,
        { at: now.toISOString(), text: input.correction },
      ];
    }
  }
  return changes;
}

/** A new address chosen for a live story takes effect now; the old one redirects for good. */
async function moveAddress(tx: Executor, { story, working }: Step): Promise<string | null> {
  const slug = working.meta.slug || story.slug;
  if (slug === story.slug) return null;
  if (story.publishedAt) {
    await tx
      .insert(slugRedirects)
      .values({ fromSlug: story.slug, storyId: story.id })
      .onConflictDoNothing();
    // Going back to an address it had before: that one is no longer a redirect.
    await tx
      .delete(slugRedirects)
      .where(and(eq(slugRedirects.fromSlug, slug), eq(slugRedirects.storyId, story.id)));
  }
  return slug;
}

/**
 * Writes the new state with `where state = ? and version = ?` as a guard: zero rows means the
 * story moved meanwhile. Answers the new version.
 */
export async function writeState(
  tx: Executor,
  { story, to, now }: Step,
  changes: StoryChanges,
): Promise<number> {
  const updated = await tx
    .update(stories)
    .set({ ...changes, state: to, version: story.version + 1, modifiedAt: now })
    .where(
      and(
        eq(stories.id, story.id),
        eq(stories.state, story.state),
        eq(stories.version, story.version),
      ),
    )
    .returning({ version: stories.version });
  if (updated.length !== 1) {
    throw new AppError('conflict', 'The story changed meanwhile; reload it.');
  }
  return updated[0]!.version;
}
