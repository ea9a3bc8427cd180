// The reads of feeds and sitemaps: the newest stories with their bylines (and, for JSON Feed,
// their published bodies), every public address with its last change, the sections' last
// changes, the last 48 hours for Google News. All behind the one visibility rule (stories.ts).
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { media, revisions, sections, stories, storyAuthors, users } from '@/db/schema';
import type { StoryBody } from '@/lib/story-body';
import { defaultLanguage } from '@/lib/languages';
import {
  cardColumns,
  isPublic,
  latestStories,
  listedIn,
  toCard,
  type ListFilter,
  type StoryCard,
} from './stories';

/** A language's stories first published in the last `hours` (Google News sitemap), newest first. */
export async function storiesPublishedSince(
  db: Database,
  hours: number,
  language: string = defaultLanguage(),
): Promise<StoryCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredMediaId))
    .where(
      and(listedIn(language), gte(stories.publishedAt, sql`now() - ${`${hours} hours`}::interval`)),
    )
    .orderBy(desc(stories.publishedAt))
    .limit(1000);
  return rows.map(toCard);
}

/**
 * Every public story of a language with its last change and its translation group (sitemap; the
 * group's other public versions are its alternates: `groupVersions`).
 */
export async function publicStoryAddresses(
  db: Database,
  limit = 50_000,
  language: string = defaultLanguage(),
) {
  return db
    .select({
      slug: stories.slug,
      language: stories.language,
      groupId: stories.translationGroupId,
      lastModified: sql<Date>`coalesce(${stories.publicUpdatedAt}, ${stories.publishedAt})`.mapWith(
        (value: string | Date) => new Date(value),
      ),
    })
    .from(stories)
    .where(listedIn(language))
    .orderBy(desc(stories.publishedAt))
    .limit(limit);
}

/** The public versions of these translation groups, every language, by group (sitemaps). */
export async function groupVersions(
  db: Database,
  groupIds: (string | null)[],
): Promise<Map<string, { slug: string; language: string }[]>> {
  const ids = [...new Set(groupIds.filter((id): id is string => Boolean(id)))];
  const byGroup = new Map<string, { slug: string; language: string }[]>();
  if (ids.length === 0) return byGroup;
  const rows = await db
    .select({
      groupId: sql<string>`coalesce(${stories.translationGroupId}, ${stories.id})`,
      slug: stories.slug,
      language: stories.language,
    })
    .from(stories)
    .where(
      and(isPublic, inArray(sql`coalesce(${stories.translationGroupId}, ${stories.id})`, ids)),
    );
  for (const row of rows) {
    const list = byGroup.get(row.groupId) ?? [];
    list.push({ slug: row.slug, language: row.language });
    byGroup.set(row.groupId, list);
  }
  return byGroup;
}

/** Every section with the last change of a language's stories in it (sitemap lastmod); null: none yet. */
export async function sectionLastChanges(db: Database, language: string = defaultLanguage()) {
  const lastChange = sql<Date | null>`max(coalesce(${stories.publicUpdatedAt}, ${stories.publishedAt}))`;
  const rows = await db
    .select({ slug: sections.slug, lastModified: lastChange })
    .from(sections)
    .leftJoin(stories, and(eq(stories.sectionId, sections.id), listedIn(language)))
    .groupBy(sections.id, sections.slug, sections.position)
    .orderBy(asc(sections.position));
  return rows.map((row) => ({
    slug: row.slug,
    lastModified: row.lastModified ? new Date(row.lastModified) : null,
  }));
}

export async function feedItems(
  db: Database,
  {
    limit = 30,
    filter = {},
    withBodies = false,
  }: { limit?: number; filter?: ListFilter; withBodies?: boolean } = {},
) {
  const cards = await latestStories(db, { limit, filter });
  if (cards.length === 0) return [];
  const ids = cards.map((card) => card.id);
  const [bylines, texts] = await Promise.all([
    db
      .select({ storyId: storyAuthors.storyId, name: users.displayName })
      .from(storyAuthors)
      .innerJoin(users, eq(users.id, storyAuthors.userId))
      .where(inArray(storyAuthors.storyId, ids))
      .orderBy(asc(storyAuthors.position)),
    // The published body comes only when asked (JSON Feed's content_html): it is the large part.
    withBodies
      ? db
          .select({
            id: stories.id,
            bodyText: stories.bodyText,
            revisionId: revisions.id,
            body: revisions.body,
          })
          .from(stories)
          .innerJoin(revisions, eq(revisions.id, stories.publishedRevisionId))
          .where(inArray(stories.id, ids))
      : db
          .select({ id: stories.id, bodyText: stories.bodyText })
          .from(stories)
          .where(inArray(stories.id, ids)),
  ]);
  const textOf = new Map(texts.map((row) => [row.id, row]));
  return cards.map((card) => {
    const text = textOf.get(card.id) as
      { bodyText: string; revisionId?: string; body?: StoryBody } | undefined;
    return {
      ...card,
      authors: bylines.filter((row) => row.storyId === card.id).map((row) => row.name),
      summary: card.standfirst || summarize(text?.bodyText ?? ''),
      published: text?.body ? { revisionId: text.revisionId!, body: text.body } : undefined,
    };
  });
}

function summarize(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max))}…`;
}

/** Library images by id (those a story body shows), for rendering their renditions. */
