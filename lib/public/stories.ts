// What readers may see: published stories whose embargo has passed. Every public read goes through
// `isPublic`, so no draft, scheduled or withdrawn story can leak through a new page.
import { and, asc, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { revisions, sections, stories, storyAuthors, storyTags, tags, users } from '@/db/schema';
import type { Correction, Priority } from '@/db/schema';
import type { StoryBody } from '@/lib/story-body';

export const isPublic = and(
  eq(stories.state, 'published'),
  or(isNull(stories.publishAt), lte(stories.publishAt, sql`now()`)),
);

export interface StoryCard {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  dateline: string;
  priority: Priority;
  publishedAt: Date;
  section: { slug: string; name: string } | null;
}

const cardColumns = {
  id: stories.id,
  slug: stories.slug,
  headline: stories.headline,
  standfirst: stories.standfirst,
  dateline: stories.dateline,
  priority: stories.priority,
  publishedAt: stories.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
};

type CardRow = {
  [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null;
};

function toCard(row: CardRow): StoryCard {
  return {
    id: row.id!,
    slug: row.slug!,
    headline: row.headline!,
    standfirst: row.standfirst!,
    dateline: row.dateline!,
    priority: row.priority!,
    publishedAt: row.publishedAt!,
    section: row.sectionSlug ? { slug: row.sectionSlug, name: row.sectionName! } : null,
  };
}

/** The newest public stories, newest first. */
export async function latestStories(
  db: Database,
  { limit, excludeId }: { limit: number; excludeId?: string },
): Promise<StoryCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(excludeId ? and(isPublic, sql`${stories.id} <> ${excludeId}`) : isPublic)
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  return rows.map(toCard);
}

export interface Byline {
  displayName: string;
  handle: string;
  title: string;
}

export interface PublicStory extends StoryCard {
  updatedAt: Date | null;
  body: StoryBody;
  corrections: Correction[];
  authors: Byline[];
  tags: { slug: string; name: string }[];
}

/** A public story with its published body, or null when readers may not see it. */
export async function publicStoryBySlug(db: Database, slug: string): Promise<PublicStory | null> {
  const [row] = await db
    .select({
      ...cardColumns,
      updatedAt: stories.publicUpdatedAt,
      corrections: stories.corrections,
      body: revisions.body,
    })
    .from(stories)
    .innerJoin(revisions, eq(revisions.id, stories.publishedRevisionId))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(isPublic, eq(stories.slug, slug)))
    .limit(1);
  if (!row) return null;

  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ displayName: users.displayName, handle: users.handle, title: users.title })
      .from(storyAuthors)
      .innerJoin(users, eq(users.id, storyAuthors.userId))
      .where(eq(storyAuthors.storyId, row.id))
      .orderBy(asc(storyAuthors.position)),
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, row.id))
      .orderBy(asc(tags.name)),
  ]);

  return {
    ...toCard(row),
    updatedAt: row.updatedAt,
    corrections: row.corrections,
    body: row.body,
    authors: authorRows,
    tags: tagRows,
  };
}
