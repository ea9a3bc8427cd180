// Moving a story through the workflow (docs/product.md). One transaction per transition: lock the
// story, check permission and the state graph, compare the version, check what the step requires,
// write the state, a named revision, the audit row, the notifications and, when readers' pages
// change, the page-cache invalidation (lib/public/invalidation.ts). The caller then applies that
// invalidation to its own cache at once; other instances read it from the outbox.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db';
import { queryRows } from '@/db/open';
import {
  comments,
  media,
  revisions,
  slugRedirects,
  stories,
  storyAuthors,
  storyTags,
  type Correction,
  type Revision,
  type Story,
  type StoryState,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { storyChangeTags } from '@/lib/page-cache/tags';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { bodyToPlainText } from '@/lib/story-body';
import { parseInput } from '@/lib/validation/users';
import { recordWireEvent } from '@/lib/wire/events';
import { TRANSITION_NAMES, nextState, requirementOf, type Transition } from '@/lib/workflow';
import { editorIds, notify } from './notifications';
import { storyInScope } from './story-scope';

const transitionSchema = z.strictObject({
  transition: z.enum(TRANSITION_NAMES as [Transition, ...Transition[]], {
    error: 'Unknown workflow step.',
  }),
  baseVersion: z.int().positive(),
  comment: z.string().trim().max(5_000, 'A comment has at most 5,000 characters.').optional(),
  reason: z.string().trim().max(1_000, 'A reason has at most 1,000 characters.').optional(),
  correction: z.string().trim().max(1_000, 'A correction has at most 1,000 characters.').optional(),
  publishAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO date.' }).optional(),
});

export interface TransitionResult {
  state: StoryState;
  version: number;
  /** The story's public addresses: its own, and the one it moves to. */
  touched: { slugs: string[] };
  /** The public pages this step made stale, when it changed what readers see. */
  invalidation: Invalidation | null;
}

/** The steps that change what readers see. Scheduling does not: a scheduled story is not public. */
const PUBLIC_STEPS: Transition[] = ['publish', 'publish_update', 'republish', 'withdraw'];

const VERBS: Record<Transition, string> = {
  submit: 'submitted',
  recall: 'recalled',
  request_changes: 'asked for changes to',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  publish_update: 'published an update to',
  withdraw: 'withdrew',
  republish: 'republished',
};

function requireField(value: string | undefined, field: string, message: string): string {
  if (!value) throw new AppError('invalid', message, { [field]: message });
  return value;
}

/** What a story must have before it goes to the desk or to readers. */
function assertReady(working: Revision) {
  const missing: Record<string, string> = {};
  if (!working.meta.headline.trim()) missing.headline = 'Write a headline.';
  if (!working.meta.sectionId) missing.sectionId = 'Choose a section.';
  if (working.meta.authorIds.length === 0) missing.authorIds = 'Name at least one author.';
  if (!bodyToPlainText(working.body).trim()) missing.body = 'Write the story.';
  const images = JSON.stringify(working.body).match(/"type":"image","attrs":\{[^}]*\}/g) ?? [];
  if (images.some((image) => !/"alt":"[^"]+/.test(image))) {
    missing.body = 'Every image needs alt text.';
  }
  const messages = Object.values(missing);
  if (messages.length) throw new AppError('invalid', messages.join(' '), missing);
}

/** A featured image shows in lists and shared links: it needs alt text like any other. */
async function assertFeaturedImageDescribed(tx: Executor, working: Revision) {
  if (!working.meta.featuredMediaId) return;
  const [image] = await tx
    .select({ alt: media.alt })
    .from(media)
    .where(eq(media.id, working.meta.featuredMediaId));
  if (image && !image.alt.trim()) {
    const message = 'The featured image needs alt text: add it in the media library.';
    throw new AppError('invalid', message, { featuredMediaId: message });
  }
}

/** Copies the working revision as a named one, so the history shows each step's text. */
async function markRevision(
  tx: Executor,
  story: Story,
  working: Revision,
  actor: Actor | null,
  reason: string,
) {
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${revisions.number}), 0)::int + 1` })
    .from(revisions)
    .where(eq(revisions.storyId, story.id))) as [{ next: number }];
  const [revision] = await tx
    .insert(revisions)
    .values({
      storyId: story.id,
      number: next,
      body: working.body,
      meta: working.meta,
      authorId: actor?.id ?? null,
      reason,
    })
    .returning();
  return revision!;
}

/** Makes a revision what readers see: the public projection, byline and tags follow it. */
async function goLive(tx: Executor, story: Story, revision: Revision) {
  const { meta } = revision;
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, story.id));
  await tx
    .insert(storyAuthors)
    .values(meta.authorIds.map((userId, position) => ({ storyId: story.id, userId, position })));
  await tx.delete(storyTags).where(eq(storyTags.storyId, story.id));
  if (meta.tagIds.length) {
    await tx.insert(storyTags).values(meta.tagIds.map((tagId) => ({ storyId: story.id, tagId })));
  }
  return {
    publishedRevisionId: revision.id,
    headline: meta.headline,
    standfirst: meta.standfirst,
    dateline: meta.dateline,
    sectionId: meta.sectionId,
    priority: meta.priority,
    featuredMediaId: meta.featuredMediaId,
    bodyText: bodyToPlainText(revision.body),
  };
}

/**
 * Applies one transition to a locked story. Shared by people (through `transitionStory`) and by
 * the scheduler (actor null), so both follow exactly the same steps.
 */
export async function applyTransition(
  tx: Executor,
  story: Story,
  actor: Actor | null,
  transition: Transition,
  input: { comment?: string; reason?: string; correction?: string; publishAt?: Date },
): Promise<TransitionResult> {
  const to = nextState(transition, story.state);
  if (!to) {
    throw new AppError(
      'conflict',
      `A ${story.state.replace('_', ' ')} story cannot be ${VERBS[transition]}.`,
    );
  }
  const [working] = await tx
    .select()
    .from(revisions)
    .where(eq(revisions.id, story.workingRevisionId!));
  if (!working) throw new AppError('conflict', 'The story has no working copy.');
  const requirement = requirementOf(transition);
  const comment =
    requirement === 'comment'
      ? requireField(input.comment, 'comment', 'Say what needs changing.')
      : input.comment || null;
  const reason =
    requirement === 'reason'
      ? requireField(input.reason, 'reason', 'Give the reason for withdrawing the story.')
      : null;
  if (['submit', 'publish', 'schedule', 'publish_update', 'republish'].includes(transition)) {
    assertReady(working);
    await assertFeaturedImageDescribed(tx, working);
  }

  // The database's clock, never the app's: instances may disagree about the time.
  const [clock] = await queryRows<{ now: Date | string }>(tx, sql`select now() as now`);
  const now = new Date(clock!.now);
  const changes: Partial<typeof stories.$inferInsert> = {
    state: to,
    version: story.version + 1,
    modifiedAt: now,
  };
  const touched = { slugs: [story.slug] };
  // Pages that showed the story before the step (its old section and tags, say) go stale too.
  const changesReaders = PUBLIC_STEPS.includes(transition);
  const staleBefore = changesReaders ? await storyChangeTags(tx, story.id, [story.slug]) : [];

  switch (transition) {
    case 'schedule': {
      if (!input.publishAt) {
        throw new AppError('invalid', 'Choose when to publish.', {
          publishAt: 'Choose when to publish.',
        });
      }
      if (input.publishAt.getTime() <= now.getTime()) {
        throw new AppError('invalid', 'The publication time must be in the future.', {
          publishAt: 'The publication time must be in the future.',
        });
      }
      changes.publishAt = input.publishAt;
      break;
    }
    case 'unschedule':
      changes.publishAt = null;
      break;
    case 'publish':
    case 'publish_update':
    case 'republish': {
      const revision = await markRevision(tx, story, working, actor, transition.replace('_', ' '));
      Object.assign(changes, await goLive(tx, story, revision));
      changes.workingRevisionId = revision.id;
      changes.publishAt = null;
      changes.withdrawnAt = null;
      changes.withdrawnReason = null;
      changes.publishedAt = story.publishedAt ?? now;
      if (transition === 'publish_update') {
        changes.publicUpdatedAt = now;
        if (input.correction) {
          const correction: Correction = {
            at: now.toISOString(),
            text: input.correction,
          };
          changes.corrections = [...story.corrections, correction];
        }
      }
      // A new address chosen for a live story takes effect now; the old one redirects for good.
      const slug = working.meta.slug || story.slug;
      if (slug !== story.slug) {
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
        changes.slug = slug;
        touched.slugs.push(slug);
      }
      break;
    }
    case 'withdraw':
      changes.withdrawnAt = now;
      changes.withdrawnReason = reason;
      break;
    case 'submit':
    case 'recall':
    case 'request_changes': {
      const revision = await markRevision(tx, story, working, actor, transition.replace('_', ' '));
      changes.workingRevisionId = revision.id;
      break;
    }
  }

  const updated = await tx
    .update(stories)
    .set(changes)
    .where(
      and(
        eq(stories.id, story.id),
        eq(stories.state, story.state),
        eq(stories.version, story.version),
      ),
    )
    .returning({ version: stories.version });
  if (updated.length !== 1)
    throw new AppError('conflict', 'The story changed meanwhile; reload it.');

  if (comment) {
    await tx
      .insert(comments)
      .values({ storyId: story.id, authorId: actor?.id ?? null, body: comment });
  }
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: `story.${transition}`,
    subjectType: 'story',
    subjectId: story.id,
    oldValue: { state: story.state, publishAt: story.publishAt },
    newValue: { state: to, publishAt: changes.publishAt ?? story.publishAt ?? null },
    comment: comment ?? reason ?? input.correction ?? null,
  });

  const headline = working.meta.headline || 'Untitled';
  const who = actor ? 'The desk' : 'The scheduler';
  const authors = (
    await tx
      .select({ id: storyAuthors.userId })
      .from(storyAuthors)
      .where(eq(storyAuthors.storyId, story.id))
  ).map((row) => row.id);
  const message = `${who} ${VERBS[transition]} “${headline}”.`;
  if (transition === 'submit') {
    await notify(tx, await editorIds(tx), {
      kind: 'submitted',
      storyId: story.id,
      actorId: actor?.id ?? null,
      message: `New submission: “${headline}”.`,
    });
  } else if (
    ['request_changes', 'publish', 'schedule', 'publish_update', 'withdraw'].includes(transition)
  ) {
    await notify(tx, authors, {
      kind: transition,
      storyId: story.id,
      actorId: actor?.id ?? null,
      message,
    });
  }

  const invalidation = changesReaders
    ? await recordInvalidation(tx, [
        ...new Set([...staleBefore, ...(await storyChangeTags(tx, story.id, touched.slugs))]),
      ])
    : null;
  await recordWireEvent(tx, story.id, transition, input); // docs/wire.md: the partners' outbox
  return { state: to, version: updated[0]!.version, touched, invalidation };
}

/** A person takes a workflow step on a story. */
export async function transitionStory(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
): Promise<TransitionResult> {
  const data = parseInput(transitionSchema, input);
  return db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, id, true);
    // A stale version first: of two editors publishing at once, the second learns that someone
    // was quicker, not that publishing a published story is not allowed.
    if (story.version !== data.baseVersion) {
      throw new AppError(
        'conflict',
        'The story changed since you opened it; reload it and try again.',
      );
    }
    assertCan(actor, `story.${data.transition}`, scope);
    return applyTransition(tx, story, actor, data.transition, {
      comment: data.comment,
      reason: data.reason,
      correction: data.correction,
      publishAt: data.publishAt ? new Date(data.publishAt) : undefined,
    });
  });
}
