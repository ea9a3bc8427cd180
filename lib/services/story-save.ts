// The steps of a save (saveStory in ./stories.ts), in the order it takes them inside its
// transaction: compare the version (a retried save is answered again), keep the saver among the
// authors, check what the metadata names, choose the address, write the revision (coalesced with
// the saver's last autosave), then the story row and, until first publication, its projection.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import {
  media,
  revisionEditors,
  revisions,
  sections,
  stories,
  tags,
  users,
  type Revision,
  type RevisionMeta,
  type Story,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isEditor, type Actor } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import type { StoryBody } from '@/lib/story-body';
import type { StoryMetaInput } from '@/lib/validation/story';
import { projectionOf, setBylineAndTags } from './projection';
import { insertRevision } from './revisions';
import { assertSlugFree, freeSlug } from './story-slugs';

/** Autosaves by the same person within this window update one revision instead of adding one. */
export const COALESCE_MINUTES = 5;

export interface SaveResult {
  version: number;
  revisionNumber: number;
  savedAt: string;
  slug: string;
}

/**
 * A save built on an older version is a `conflict`, unless it is this very save again (its
 * answer was lost on the way back): then the answer it had is given again.
 */
export async function compareVersion(
  tx: Executor,
  story: Story,
  baseVersion: number,
  saveId: string | undefined,
): Promise<SaveResult | null> {
  if (story.version === baseVersion) return null;
  if (!saveId || story.lastSaveId !== saveId) {
    throw new AppError('conflict', 'Someone else saved this story after you opened it.');
  }
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

export function assertKeepsSaver(actor: Actor, meta: StoryMetaInput) {
  if (!isEditor(actor) && !meta.authorIds.includes(actor.id)) {
    throw new AppError('invalid', 'You cannot remove yourself from the authors.', {
      authorIds: 'You cannot remove yourself from the authors.',
    });
  }
}

/** The metadata to store: a featured image the editor did not send stays as it was. */
export function metaToSave(input: StoryMetaInput, working: Revision | undefined): RevisionMeta {
  return {
    ...input,
    featuredMediaId:
      input.featuredMediaId === undefined
        ? (working?.meta.featuredMediaId ?? null)
        : input.featuredMediaId,
  };
}

export async function assertReferencesExist(tx: Executor, meta: RevisionMeta) {
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

/**
 * The address is fixed once published. Until then it is the one the user typed (refused when
 * taken), or else follows the headline, made unique with a number. Once published, the address
 * readers know changes only when an update is published (the working copy carries the new one;
 * the old one then redirects).
 */
export async function chooseSlug(tx: Executor, story: Story, meta: StoryMetaInput) {
  if (meta.slug && meta.slug !== story.slug) await assertSlugFree(tx, meta.slug, story.id);
  if (story.publishedAt) return story.slug;
  return meta.slug || (await freeSlug(tx, slugify(meta.headline) || 'untitled', story.id));
}

/**
 * The saver's own recent autosave is updated in place; anything else makes a new revision. A save
 * of the shared document (lib/collab/server.ts) names everyone who changed it since its last
 * store (`editors`): it folds into the working autosave when one of them is already credited
 * there, and credits them all (revision_editors), so people typing together make one revision
 * per five minutes instead of one per store.
 */
export async function writeRevision(
  tx: Executor,
  save: {
    story: Story;
    working: Revision | undefined;
    actor: Actor;
    body: StoryBody;
    meta: RevisionMeta;
    reason: string;
    now: Date;
    editors?: readonly string[];
  },
): Promise<{ id: string; number: number }> {
  const { story, working, actor, body, meta, reason, now, editors } = save;
  const recentAutosave =
    reason === 'save' &&
    working &&
    working.reason === 'save' &&
    working.id !== story.publishedRevisionId &&
    now.getTime() - working.createdAt.getTime() < COALESCE_MINUTES * 60_000;
  let coalesce = recentAutosave && working.authorId === actor.id;
  if (recentAutosave && editors?.length && !coalesce) {
    const credited = await tx
      .select({ userId: revisionEditors.userId })
      .from(revisionEditors)
      .where(
        and(eq(revisionEditors.revisionId, working.id), inArray(revisionEditors.userId, editors)),
      )
      .limit(1);
    coalesce = credited.length > 0;
  }
  let revision: { id: string; number: number };
  if (coalesce) {
    await tx.update(revisions).set({ body, meta }).where(eq(revisions.id, working!.id));
    revision = working!;
  } else {
    revision = await insertRevision(tx, {
      storyId: story.id,
      body,
      meta,
      authorId: actor.id,
      reason,
    });
  }
  if (editors?.length) {
    const credited = [...new Set([actor.id, ...editors])];
    await tx
      .insert(revisionEditors)
      .values(credited.map((userId) => ({ revisionId: revision.id, userId })))
      .onConflictDoNothing();
  }
  return revision;
}

/**
 * Points the story at the revision, guarded by the version the saver saw; until first
 * publication the public projection, byline and tags follow the working copy. Answers the new
 * version.
 */
export async function writeWorkingCopy(
  tx: Executor,
  save: {
    story: Story;
    baseVersion: number;
    saveId: string | undefined;
    revisionId: string;
    slug: string;
    meta: RevisionMeta;
    body: StoryBody;
    now: Date;
  },
): Promise<number> {
  const { story, baseVersion, saveId, revisionId, slug, meta, body, now } = save;
  const neverPublished = story.publishedRevisionId === null;
  const updated = await tx
    .update(stories)
    .set({
      version: story.version + 1,
      lastSaveId: saveId ?? null,
      workingRevisionId: revisionId,
      modifiedAt: now,
      ...(neverPublished ? { slug, ...projectionOf(meta, body) } : {}),
    })
    .where(and(eq(stories.id, story.id), eq(stories.version, baseVersion)))
    .returning({ version: stories.version });
  if (updated.length !== 1) throw new AppError('conflict', 'Someone else saved this story.');
  if (neverPublished) await setBylineAndTags(tx, story.id, meta);
  return updated[0]!.version;
}
