// Translations (docs/product.md, Languages): a translation is a story of its own, in another
// language, linked to the others of its translation group. It records the story and the revision
// it was translated from, so the desk can say when the source has published a different text since,
// and show what changed. Each translation goes through the workflow on its own.
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db';
import {
  revisions,
  stories,
  storyAuthors,
  storyTags,
  type RevisionMeta,
  type Story,
  type StoryState,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import {
  isLanguageCode,
  languageName,
  missingLanguages,
  siteLanguages,
  type LanguageCode,
} from '@/lib/languages';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import type { BodyNode, StoryBody } from '@/lib/story-body';
import { storyAsText, wordDiff, type DiffPart } from '@/lib/text-diff';
import { parseInput } from '@/lib/validation/parse-input';
import { freeSlug, retryOnSlugRace } from './story-slugs';
import { inScope, storyInScope } from './story-scope';

/** The line a new translation's body starts with: the source text below it is to be replaced. */
export function replacementNotice(from: string, into: string): string {
  return `[Translate into ${languageName(into)}: replace the ${languageName(from)} text below with the translation, then delete this line.]`;
}

/** The source's body, with the notice that marks it for replacement as its first paragraph. */
export function bodyForTranslation(source: StoryBody, from: string, into: string): StoryBody {
  const notice: BodyNode = {
    type: 'paragraph',
    content: [{ type: 'text', text: replacementNotice(from, into) }],
  };
  return { ...source, content: [notice, ...(source.content ?? [])] };
}

const translateInput = z.object({
  language: z
    .string()
    .refine(isLanguageCode, 'Choose a language of the site.')
    .transform((code) => code as LanguageCode),
});

/**
 * Creates a draft translation of `sourceId` in `language`, assigned to the translator (the actor:
 * they are its author). It starts from the source's published text, or its working copy while it
 * has never been published: the same metadata, and the body marked for replacement.
 */
export async function translateStory(
  db: Database,
  actor: Actor,
  sourceId: unknown,
  input: unknown,
): Promise<{ id: string }> {
  const { language } = parseInput(translateInput, input);
  return retryOnSlugRace(() =>
    db.transaction(async (tx) => {
      const { story: source, scope } = await storyInScope(tx, actor, sourceId, {
        lock: true,
        action: 'story.translate',
      });
      assertCan(actor, 'story.translate', scope);
      const site = siteLanguages();
      if (!site.all.includes(language)) {
        throw new AppError('invalid', 'This site does not publish in that language.', {
          language: 'Choose a language of the site.',
        });
      }
      const groupId = source.translationGroupId ?? source.id;
      const present = await groupLanguages(tx, groupId);
      if (!missingLanguages(site, [...present, source.language]).includes(language)) {
        throw new AppError(
          'conflict',
          `This story already has a version in ${languageName(language)}.`,
        );
      }
      if (!source.translationGroupId) {
        await tx
          .update(stories)
          .set({ translationGroupId: groupId })
          .where(eq(stories.id, source.id));
      }
      const fromRevisionId = source.publishedRevisionId ?? source.workingRevisionId!;
      const [from] = await tx.select().from(revisions).where(eq(revisions.id, fromRevisionId));
      const meta: RevisionMeta = { ...from!.meta, slug: '', authorIds: [actor.id] };
      const slug = await freeSlug(tx, slugify(meta.headline) || 'untitled', null);
      const [story] = await tx
        .insert(stories)
        .values({
          slug,
          headline: meta.headline,
          standfirst: meta.standfirst,
          dateline: meta.dateline,
          sectionId: meta.sectionId,
          priority: meta.priority,
          featuredMediaId: meta.featuredMediaId,
          language,
          translationGroupId: groupId,
          translatedFromId: source.id,
          translatedFromRevisionId: from!.id,
          createdBy: actor.id,
        })
        .returning({ id: stories.id });
      const id = story!.id;
      const [revision] = await tx
        .insert(revisions)
        .values({
          storyId: id,
          number: 1,
          body: bodyForTranslation(from!.body, source.language, language),
          meta,
          authorId: actor.id,
          reason: 'translate',
        })
        .returning({ id: revisions.id });
      await tx.update(stories).set({ workingRevisionId: revision!.id }).where(eq(stories.id, id));
      await tx.insert(storyAuthors).values({ storyId: id, userId: actor.id });
      if (meta.tagIds.length > 0) {
        await tx.insert(storyTags).values(meta.tagIds.map((tagId) => ({ storyId: id, tagId })));
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'story.translate',
        subjectType: 'story',
        subjectId: id,
        newValue: { from: source.id, fromRevision: from!.id, language },
      });
      return { id };
    }),
  );
}

async function groupLanguages(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ language: stories.language })
    .from(stories)
    .where(or(eq(stories.translationGroupId, groupId), eq(stories.id, groupId)));
  return rows.map((row) => row.language);
}

export interface TranslationMember {
  id: string;
  language: string;
  headline: string;
  state: StoryState;
  /** The story the others were first translated from. */
  isOriginal: boolean;
}

export interface TranslationPanel {
  language: string;
  /** The other stories of its group this user may open, in the site's language order. */
  translations: TranslationMember[];
  /** Languages this user may translate it into now (empty when they may not translate). */
  canTranslateInto: LanguageCode[];
  /** For a translation: its source, if this user may open it. */
  source: { id: string; headline: string; language: string } | null;
  /** Set when the source has published a different text since this was translated. */
  outdated: { diff: DiffPart[]; canMarkUpToDate: boolean } | null;
}

/** What the story page shows about a story's languages. */
export async function translationPanel(
  db: Database,
  actor: Actor,
  storyId: unknown,
): Promise<TranslationPanel> {
  const { story, scope } = await storyInScope(db, actor, storyId);
  assertCan(actor, 'story.view', scope);
  const site = siteLanguages();
  const members = story.translationGroupId
    ? await db
        .select({
          id: stories.id,
          language: stories.language,
          headline: stories.headline,
          state: stories.state,
        })
        .from(stories)
        .where(
          and(
            or(
              eq(stories.translationGroupId, story.translationGroupId),
              eq(stories.id, story.translationGroupId),
            ),
            inScope(actor, db),
          ),
        )
        .orderBy(asc(stories.createdAt))
    : [];
  const order = (code: string) => {
    const at = site.all.indexOf(code as LanguageCode);
    return at < 0 ? site.all.length : at;
  };
  const translations = members
    .filter((member) => member.id !== story.id)
    .map((member) => ({ ...member, isOriginal: member.id === story.translationGroupId }))
    .sort((a, b) => order(a.language) - order(b.language));
  const present = story.translationGroupId
    ? await groupLanguages(db, story.translationGroupId)
    : [story.language];
  const source = translations.find((member) => member.id === story.translatedFromId);
  return {
    language: story.language,
    translations,
    canTranslateInto: can(actor, 'story.translate', scope) ? missingLanguages(site, present) : [],
    source: source ? { id: source.id, headline: source.headline, language: source.language } : null,
    outdated: await sourceChanges(db, story).then((diff) =>
      diff ? { diff, canMarkUpToDate: can(actor, 'story.edit', scope) } : null,
    ),
  };
}

/**
 * The word diff of the source's published text since the revision this was translated from, or
 * null when the source has published nothing different (or this is not a translation).
 */
async function sourceChanges(db: Executor, story: Story): Promise<DiffPart[] | null> {
  if (!story.translatedFromId) return null;
  const [source] = await db
    .select({ publishedRevisionId: stories.publishedRevisionId })
    .from(stories)
    .where(eq(stories.id, story.translatedFromId));
  const publishedId = source?.publishedRevisionId;
  if (!publishedId || publishedId === story.translatedFromRevisionId) return null;
  const ids = [publishedId, story.translatedFromRevisionId].filter((id): id is string => !!id);
  const rows = await db
    .select({ id: revisions.id, meta: revisions.meta, body: revisions.body })
    .from(revisions)
    .where(inArray(revisions.id, ids));
  const text = (id: string | null) => {
    const row = rows.find((r) => r.id === id);
    return row ? storyAsText(row.meta, row.body) : '';
  };
  const before = text(story.translatedFromRevisionId);
  const after = text(publishedId);
  return before === after ? null : wordDiff(before, after);
}

/** Clears "Source updated": the translation now counts as made from the source's published text. */
export async function markTranslationUpToDate(
  db: Database,
  actor: Actor,
  storyId: unknown,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, storyId, {
      lock: true,
      action: 'story.edit',
    });
    assertCan(actor, 'story.edit', scope);
    if (!story.translatedFromId) {
      throw new AppError('invalid', 'This story is not a translation.');
    }
    const [source] = await tx
      .select({ publishedRevisionId: stories.publishedRevisionId })
      .from(stories)
      .where(eq(stories.id, story.translatedFromId));
    const current = source?.publishedRevisionId;
    if (!current || current === story.translatedFromRevisionId) return;
    await tx
      .update(stories)
      .set({ translatedFromRevisionId: current })
      .where(eq(stories.id, story.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.translation_up_to_date',
      subjectType: 'story',
      subjectId: story.id,
      oldValue: { fromRevision: story.translatedFromRevisionId },
      newValue: { fromRevision: current },
    });
  });
}
