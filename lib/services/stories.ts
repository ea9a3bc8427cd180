// Stories as the desk edits them: create, load for editing, save (optimistic lock, coalesced
// revisions; its steps are in ./story-save.ts). Scope is in every query: a correspondent reaches
// only stories they wrote. History and restore are in ./story-history.ts; who else is in a story
// comes from the shared document's awareness (components/editor/shared-body.ts).
import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db';
import {
  revisions,
  sections,
  stories,
  storyAuthors,
  tags,
  users,
  type Revision,
  type RevisionMeta,
  type Story,
  type StoryState,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { defaultLanguage } from '@/lib/languages';
import { slugify } from '@/lib/slug';
import { emptyBody, type StoryBody } from '@/lib/story-body';
import { validateBody } from '@/lib/story-schema';
import { saveStorySchema, type StoryMetaInput } from '@/lib/validation/story';
import { parseInput } from '@/lib/validation/parse-input';
import { TRANSITION_NAMES, type Transition } from '@/lib/workflow';
import {
  assertKeepsSaver,
  assertReferencesExist,
  chooseSlug,
  compareVersion,
  metaToSave,
  writeRevision,
  writeWorkingCopy,
  type SaveResult,
} from './story-save';
import { freeSlug, retryOnSlugRace } from './story-slugs';
import { storyInScope } from './story-scope';
import { workingRevision } from './revisions';

export async function createStory(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<{ id: string }> {
  assertCan(actor, 'story.create');
  const { headline } = parseInput(
    z.object({
      headline: z.string().trim().max(200, 'A headline has at most 200 characters.').default(''),
    }),
    input,
  );
  return retryOnSlugRace(() =>
    db.transaction(async (tx) => {
      const slug = await freeSlug(tx, slugify(headline) || 'untitled', null);
      const [story] = await tx
        .insert(stories)
        .values({ slug, headline, language: defaultLanguage(), createdBy: actor.id })
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
/**
 * What the editor's menus offer: the live sections (and the story's own, if retired since), the
 * names of the story's tags (the picker searches the others), the active staff.
 */
export async function editorOptions(
  db: Database,
  /** Without a story (the desk's filters): every section, retired ones too, and no tags. */
  story?: { meta: { sectionId: string | null; tagIds: string[] } },
) {
  const { sectionId = null, tagIds = [] } = story?.meta ?? {};
  const [sectionRows, tagRows, staffRows] = await Promise.all([
    db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .where(
        !story
          ? undefined
          : sectionId
            ? or(isNull(sections.retiredAt), eq(sections.id, sectionId))
            : isNull(sections.retiredAt),
      )
      .orderBy(asc(sections.position)),
    tagIds.length
      ? db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds))
      : Promise.resolve([]),
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.displayName)),
  ]);
  return { sections: sectionRows, tags: tagRows, staff: staffRows };
}

/**
 * Saves the working copy. Refused with `conflict` when the story moved past `baseVersion` (someone
 * else saved): nothing is written, and the caller shows both versions.
 *
 * Without a body it is a metadata-only save, the one an editor bound to the shared document makes
 * (ARCHITECTURE.md, "Co-editing"): the body stays as stored, and the check is on the metadata, so
 * the shared document's own stores, which move the version on, do not make it a conflict. It is
 * refused when the stored metadata is no longer the `baseMeta` the editor built on.
 */
export async function saveStory(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
  /** A named revision (a restore, a workflow step) is never folded into an autosave. */
  {
    reason = 'save',
    editors,
  }: {
    reason?: string;
    /** The shared document's store: everyone who changed it since the last (writeRevision). */
    editors?: readonly string[];
  } = {},
): Promise<SaveResult> {
  const {
    baseVersion,
    saveId,
    meta: metaInput,
    body: rawBody,
    baseMeta,
  } = parseInput(saveStorySchema, input);
  const metadataOnly = rawBody === undefined;
  const sentBody = metadataOnly ? null : validateBody(rawBody);
  return retryOnSlugRace(() =>
    db.transaction(async (tx) => {
      const { story, scope } = await storyInScope(tx, actor, id, {
        lock: true,
        action: 'story.edit',
      });
      assertCan(actor, 'story.edit', scope);
      const working = await workingRevision(tx, story);
      let base = baseVersion;
      if (metadataOnly && story.version !== baseVersion) {
        const settled = metadataOnlyBase(story, working, metaInput, baseMeta, saveId);
        if (settled) return settled;
        base = story.version;
      }
      const retried = await compareVersion(tx, story, base, saveId);
      if (retried) return retried;
      assertKeepsSaver(actor, metaInput);
      const meta = metaToSave(metaInput, working);
      await assertReferencesExist(tx, meta);
      const slug = await chooseSlug(tx, story, metaInput);
      const body = sentBody ?? working?.body ?? emptyBody();
      const now = new Date();
      const revision = await writeRevision(tx, {
        story,
        working,
        actor,
        body,
        meta,
        reason,
        now,
        editors,
      });
      const version = await writeWorkingCopy(tx, {
        story,
        baseVersion: base,
        saveId,
        revisionId: revision.id,
        slug,
        meta,
        body,
        now,
      });
      return { version, revisionNumber: revision.number, savedAt: now.toISOString(), slug };
    }),
  );
}

const META_FIELDS = [
  'headline',
  'standfirst',
  'dateline',
  'slug',
  'sectionId',
  'priority',
  'authorIds',
  'tagIds',
  'featuredMediaId',
] as const satisfies readonly (keyof RevisionMeta)[];

function sameMeta(a: RevisionMeta, b: RevisionMeta): boolean {
  return META_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * A metadata-only save built on an older version. Answers the save as already made when the
 * stored metadata is the one sent (this save, retried, or the same change from elsewhere); throws
 * a conflict when the stored metadata is no longer the one the editor built on; else null, and the
 * save goes on top of the current version.
 */
function metadataOnlyBase(
  story: Story,
  working: Revision | undefined,
  metaInput: StoryMetaInput,
  baseMeta: StoryMetaInput | undefined,
  saveId: string | undefined,
): SaveResult | null {
  if (!working || (saveId && story.lastSaveId === saveId)) return null; // compareVersion answers
  const settled = {
    version: story.version,
    revisionNumber: working.number,
    savedAt: story.modifiedAt.toISOString(),
    slug: story.slug,
  };
  if (sameMeta(working.meta, metaToSave(metaInput, working))) return settled;
  if (!baseMeta || !sameMeta(working.meta, metaToSave(baseMeta, working))) {
    throw new AppError('conflict', 'Someone else changed the details of this story.');
  }
  return null;
}
