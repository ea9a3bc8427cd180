// Stories as the desk edits them: create, load for editing, save (optimistic lock, coalesced
// revisions), history and restore. Scope is in every query: a correspondent reaches only stories
// they wrote.
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import {
  media,
  revisions,
  sections,
  slugRedirects,
  stories,
  storyAuthors,
  storyPresence,
  storyTags,
  tags,
  users,
  type RevisionMeta,
  type Story,
  type StoryState,
} from '@/db/schema';
import { TRANSITION_NAMES, type Transition } from '@/lib/workflow';
import { isUniqueViolation } from '@/db/errors';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, can, isEditor, type Actor } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import { bodyToPlainText, emptyBody, type StoryBody } from '@/lib/story-body';
import { validateBody } from '@/lib/story-schema';
import { storyInScope } from './story-scope';
import { parseInput } from '@/lib/validation/parse-input';
import { createStorySchema, restoreRevisionSchema, saveStorySchema } from '@/lib/validation/story';

/** Autosaves by the same person within this window update one revision instead of adding one. */
export const COALESCE_MINUTES = 5;

export async function createStory(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<{ id: string }> {
  assertCan(actor, 'story.create');
  const { headline } = parseInput(createStorySchema, input);
  return retryOnSlugRace(() =>
    db.transaction(async (tx) => {
      const slug = await freeSlug(tx, slugify(headline) || 'untitled', null);
      const [story] = await tx
        .insert(stories)
        .values({ slug, headline, createdBy: actor.id })
        .returning({ id: stories.id });
      const meta: RevisionMeta = {
        headline,
        standfirst: '',
        dateline: '',
        slug: '',
        sectionId: null,
        priority: 'routine',
        authorIds: [actor.id],
        tagIds: [],
        featuredMediaId: null,
      };
      const [revision] = await tx
        .insert(revisions)
        .values({ storyId: story!.id, number: 1, body: emptyBody(), meta, authorId: actor.id })
        .returning({ id: revisions.id });
      await tx
        .update(stories)
        .set({ workingRevisionId: revision!.id })
        .where(eq(stories.id, story!.id));
      await tx.insert(storyAuthors).values({ storyId: story!.id, userId: actor.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'story.create',
        subjectType: 'story',
        subjectId: story!.id,
        newValue: { headline },
      });
      return { id: story!.id };
    }),
  );
}

export interface EditorState {
  id: string;
  state: StoryState;
  version: number;
  firstPublishedAt: string | null;
  meta: RevisionMeta;
  body: StoryBody;
  savedAt: string;
  savedBy: string | null;
  canEdit: boolean;
  /** The id of the last save the server stored (see saveStory). */
  lastSaveId: string | null;
  /** Workflow steps this user may take now. */
  transitions: Transition[];
  /** The public address, and when a scheduled story goes out. */
  publicSlug: string;
  publishAt: string | null;
  /** What readers see, when it differs from the working copy (an update in progress). */
  live: { meta: RevisionMeta; body: StoryBody } | null;
}

export async function loadEditorState(
  db: Database,
  actor: Actor,
  id: unknown,
): Promise<EditorState> {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  const [working] = await db
    .select({
      body: revisions.body,
      meta: revisions.meta,
      createdAt: revisions.createdAt,
      savedBy: users.displayName,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.id, story.workingRevisionId!));
  return {
    id: story.id,
    state: story.state,
    version: story.version,
    firstPublishedAt: story.publishedAt?.toISOString() ?? null,
    meta: working!.meta,
    body: working!.body,
    savedAt: working!.createdAt.toISOString(),
    savedBy: working!.savedBy,
    canEdit: can(actor, 'story.edit', scope),
    lastSaveId: story.lastSaveId,
    transitions: TRANSITION_NAMES.filter((name) => can(actor, `story.${name}`, scope)),
    publicSlug: story.slug,
    publishAt: story.publishAt?.toISOString() ?? null,
    live: await liveRevision(db, story),
  };
}

async function liveRevision(db: Database, story: Story) {
  if (!story.publishedRevisionId || story.publishedRevisionId === story.workingRevisionId) {
    return null;
  }
  const [live] = await db
    .select({ meta: revisions.meta, body: revisions.body })
    .from(revisions)
    .where(eq(revisions.id, story.publishedRevisionId));
  return live ?? null;
}

/** Sections, tags and staff the metadata panel offers. */
export async function editorOptions(db: Database) {
  const [sectionRows, tagRows, staffRows] = await Promise.all([
    db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .orderBy(asc(sections.position)),
    db.select({ id: tags.id, name: tags.name }).from(tags).orderBy(asc(tags.name)),
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.displayName)),
  ]);
  return { sections: sectionRows, tags: tagRows, staff: staffRows };
}

export interface SaveResult {
  version: number;
  revisionNumber: number;
  savedAt: string;
  slug: string;
}

async function assertReferencesExist(tx: Executor, meta: RevisionMeta) {
  if (meta.sectionId) {
    const [section] = await tx
      .select({ id: sections.id })
      .from(sections)
      .where(eq(sections.id, meta.sectionId));
    if (!section)
      throw new AppError('invalid', 'Unknown section.', { sectionId: 'Unknown section.' });
  }
  if (meta.tagIds.length) {
    const found = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, meta.tagIds));
    if (found.length !== new Set(meta.tagIds).size) {
      throw new AppError('invalid', 'Unknown tag.', { tagIds: 'Unknown tag.' });
    }
  }
  if (meta.featuredMediaId) {
    const [image] = await tx
      .select({ id: media.id })
      .from(media)
      .where(eq(media.id, meta.featuredMediaId));
    if (!image) {
      throw new AppError('invalid', 'Unknown image.', { featuredMediaId: 'Unknown image.' });
    }
  }
  const authors = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, meta.authorIds), eq(users.active, true)));
  if (authors.length !== new Set(meta.authorIds).size) {
    throw new AppError('invalid', 'Every author must be an active member of staff.', {
      authorIds: 'Every author must be an active member of staff.',
    });
  }
}

async function slugTaken(tx: Executor, slug: string, storyId: string | null): Promise<boolean> {
  const notThis = (column: typeof stories.id | typeof slugRedirects.storyId) =>
    storyId ? ne(column, storyId) : undefined;
  const [taken] = await tx
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.slug, slug), notThis(stories.id)));
  const [redirected] = await tx
    .select({ id: slugRedirects.storyId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.fromSlug, slug), notThis(slugRedirects.storyId)));
  return Boolean(taken || redirected);
}

/**
 * Two stories may pick the same free address at the same moment; the database's unique index
 * refuses the second, which then tries again and picks the next one.
 */
async function retryOnSlugRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** `base`, or `base-2`, `base-3`… whichever no other story uses (nor used before). */
async function freeSlug(tx: Executor, base: string, storyId: string | null): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await slugTaken(tx, candidate, storyId))) return candidate;
  }
  return `${base.slice(0, 70)}-${crypto.randomBytes(4).toString('hex')}`;
}

async function assertSlugFree(tx: Executor, slug: string, storyId: string) {
  if (await slugTaken(tx, slug, storyId)) {
    throw new AppError('conflict', 'Another story already uses that address.', {
      slug: 'Another story already uses that address.',
    });
  }
}

/**
 * Saves the working copy. Refused with `conflict` when the story moved past `baseVersion` (someone
 * else saved): nothing is written, and the caller shows both versions.
 */
export async function saveStory(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
  /** A named revision (a restore, a workflow step) is never folded into an autosave. */
  { reason = 'save' }: { reason?: string } = {},
): Promise<SaveResult> {
  const {
    baseVersion,
    saveId,
    meta: metaInput,
    body: rawBody,
  } = parseInput(saveStorySchema, input);
  const body = validateBody(rawBody);
  return retryOnSlugRace(() =>
    db.transaction(async (tx) => {
      const { story, scope } = await storyInScope(tx, actor, id, true);
      assertCan(actor, 'story.edit', scope);
      if (story.version !== baseVersion) {
        if (saveId && story.lastSaveId === saveId) {
          // This very save already went through; its answer was lost.
          const [working] = await tx
            .select({ number: revisions.number })
            .from(revisions)
            .where(eq(revisions.id, story.workingRevisionId!));
          return {
            version: story.version,
            revisionNumber: working!.number,
            savedAt: story.modifiedAt.toISOString(),
            slug: story.slug,
          };
        }
        throw new AppError('conflict', 'Someone else saved this story after you opened it.');
      }
      if (!isEditor(actor) && !metaInput.authorIds.includes(actor.id)) {
        throw new AppError('invalid', 'You cannot remove yourself from the authors.', {
          authorIds: 'You cannot remove yourself from the authors.',
        });
      }
      // The address is fixed once published. Until then it is the one the user typed (refused when
      // taken), or else follows the headline, made unique with a number.
      const [working] = await tx
        .select()
        .from(revisions)
        .where(eq(revisions.id, story.workingRevisionId!));
      const meta: RevisionMeta = {
        ...metaInput,
        featuredMediaId:
          metaInput.featuredMediaId === undefined
            ? (working?.meta.featuredMediaId ?? null)
            : metaInput.featuredMediaId,
      };
      await assertReferencesExist(tx, meta);
      let slug = story.slug;
      if (metaInput.slug && metaInput.slug !== story.slug) {
        await assertSlugFree(tx, metaInput.slug, story.id);
      }
      if (!story.publishedAt) {
        slug =
          metaInput.slug ||
          (await freeSlug(tx, slugify(metaInput.headline) || 'untitled', story.id));
      }
      // Once published, the address readers know changes only when an update is published (the
      // working copy carries the new one; the old one then redirects).

      const now = new Date();
      const coalesce =
        reason === 'save' &&
        working &&
        working.authorId === actor.id &&
        working.reason === 'save' &&
        working.id !== story.publishedRevisionId &&
        now.getTime() - working.createdAt.getTime() < COALESCE_MINUTES * 60_000;
      let revision: { id: string; number: number };
      if (coalesce) {
        await tx.update(revisions).set({ body, meta }).where(eq(revisions.id, working.id));
        revision = working;
      } else {
        const [{ next }] = (await tx
          .select({ next: sql<number>`coalesce(max(${revisions.number}), 0)::int + 1` })
          .from(revisions)
          .where(eq(revisions.storyId, story.id))) as [{ next: number }];
        [revision] = (await tx
          .insert(revisions)
          .values({ storyId: story.id, number: next, body, meta, authorId: actor.id, reason })
          .returning({ id: revisions.id, number: revisions.number })) as [typeof revision];
      }

      const neverPublished = story.publishedRevisionId === null;
      const updated = await tx
        .update(stories)
        .set({
          version: story.version + 1,
          lastSaveId: saveId ?? null,
          workingRevisionId: revision.id,
          modifiedAt: now,
          // Until first publication the public projection follows the working copy.
          ...(neverPublished
            ? {
                slug,
                headline: meta.headline,
                standfirst: meta.standfirst,
                dateline: meta.dateline,
                sectionId: meta.sectionId,
                priority: meta.priority,
                bodyText: bodyToPlainText(body),
              }
            : {}),
        })
        .where(and(eq(stories.id, story.id), eq(stories.version, baseVersion)))
        .returning({ version: stories.version });
      if (updated.length !== 1) throw new AppError('conflict', 'Someone else saved this story.');
      if (neverPublished) {
        await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, story.id));
        await tx
          .insert(storyAuthors)
          .values(
            meta.authorIds.map((userId, position) => ({ storyId: story.id, userId, position })),
          );
        await tx.delete(storyTags).where(eq(storyTags.storyId, story.id));
        if (meta.tagIds.length) {
          await tx
            .insert(storyTags)
            .values(meta.tagIds.map((tagId) => ({ storyId: story.id, tagId })));
        }
      }
      return {
        version: updated[0]!.version,
        revisionNumber: revision.number,
        savedAt: now.toISOString(),
        slug,
      };
    }),
  );
}

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: Date;
  author: string | null;
  reason: string;
  headline: string;
}

export async function listRevisions(db: Database, actor: Actor, id: unknown) {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  const rows = await db
    .select({
      id: revisions.id,
      number: revisions.number,
      createdAt: revisions.createdAt,
      author: users.displayName,
      reason: revisions.reason,
      meta: revisions.meta,
      body: revisions.body,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.storyId, story.id))
    .orderBy(desc(revisions.number));
  return { story, canEdit: can(actor, 'story.edit', scope), revisions: rows };
}

/** Makes an old revision the working copy again, as a new revision: nothing is destroyed. */
export async function restoreRevision(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
): Promise<SaveResult> {
  const { revisionNumber, baseVersion } = parseInput(restoreRevisionSchema, input);
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.edit', scope);
  const [old] = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.storyId, story.id), eq(revisions.number, revisionNumber)));
  if (!old) throw new AppError('not_found', 'No such revision.');
  const reason = `restore of #${revisionNumber}`;
  const result = await saveStory(
    db,
    actor,
    story.id,
    {
      baseVersion,
      meta: {
        headline: old.meta.headline,
        standfirst: old.meta.standfirst,
        dateline: old.meta.dateline,
        slug: old.meta.slug,
        sectionId: old.meta.sectionId,
        priority: old.meta.priority,
        authorIds: old.meta.authorIds,
        tagIds: old.meta.tagIds,
      },
      body: old.body,
    },
    { reason },
  );
  await recordAudit(db, {
    actorId: actor.id,
    action: 'story.restore_revision',
    subjectType: 'story',
    subjectId: story.id,
    newValue: { restored: revisionNumber, as: result.revisionNumber },
  });
  return result;
}

/** Seconds after which someone who stopped sending heartbeats no longer counts as editing. */
export const PRESENCE_SECONDS = 45;

/** Records that the actor has the story open; answers who else has had it open just now. */
export async function heartbeat(db: Database, actor: Actor, id: unknown): Promise<string[]> {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  await db
    .insert(storyPresence)
    .values({ storyId: story.id, userId: actor.id })
    .onConflictDoUpdate({
      target: [storyPresence.storyId, storyPresence.userId],
      set: { seenAt: sql`now()` },
    });
  const others = await db
    .select({ name: users.displayName })
    .from(storyPresence)
    .innerJoin(users, eq(users.id, storyPresence.userId))
    .where(
      and(
        eq(storyPresence.storyId, story.id),
        ne(storyPresence.userId, actor.id),
        sql`${storyPresence.seenAt} > now() - ${`${PRESENCE_SECONDS} seconds`}::interval`,
      ),
    )
    .orderBy(asc(users.displayName));
  return others.map((row) => row.name);
}
