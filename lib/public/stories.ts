// What readers may see: published stories whose embargo has passed. Every public read goes through
// `isPublic`, so no draft, scheduled or withdrawn story can leak through a new page.
import { and, desc, eq, exists, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import {
  media,
  revisions,
  sections,
  stories,
  storyAuthors,
  storyTags,
  tags,
  users,
} from '@/db/schema';
import type { Correction, Priority } from '@/db/schema';
import type { StoryBody } from '@/lib/story-body';
import { authoredBy } from '@/lib/authored-by';
import { defaultLanguage } from '@/lib/languages';
import { localName } from '@/lib/taxonomy';
import { olderThan } from '@/lib/keyset';
import type { PublicImage } from './images';

export const isPublic = and(
  eq(stories.state, 'published'),
  or(isNull(stories.publishAt), lte(stories.publishAt, sql`now()`)),
);

/**
 * What a language's public lists, feeds, sitemaps and search show: its public stories, and only
 * those (ARCHITECTURE.md, Languages). Each language has its own front page, sections and feeds.
 */
export const listedIn = (language: string) => and(isPublic, eq(stories.language, language));

/** The default language's lists (the plain addresses: /, /feed.xml…). */
export const isListed = listedIn(defaultLanguage());

export interface StoryCard {
  id: string;
  slug: string;
  /** Its language: its address is under that language's prefix (lib/hreflang.ts). */
  language: string;
  headline: string;
  standfirst: string;
  dateline: string;
  priority: Priority;
  publishedAt: Date;
  section: { slug: string; name: string } | null;
  /** The featured image, when the story has one. */
  image: PublicImage | null;
}

/** The featured image's columns, read with `.leftJoin(media, eq(media.id, stories.featuredMediaId))`. */
export const imageColumns = {
  imageAlt: media.alt,
  imageCaption: media.caption,
  imageCredit: media.credit,
  imageWidth: media.width,
  imageHeight: media.height,
  imageRenditions: media.renditions,
};

type ImageRow = { [K in keyof typeof imageColumns]: (typeof imageColumns)[K]['_']['data'] | null };

export function imageOf(row: ImageRow): PublicImage | null {
  if (!row.imageRenditions) return null;
  return {
    alt: row.imageAlt!,
    caption: row.imageCaption!,
    credit: row.imageCredit!,
    width: row.imageWidth!,
    height: row.imageHeight!,
    renditions: row.imageRenditions,
  };
}

/** A story card's columns, read with the section and featured image joined (`toCard`). */
export const cardColumns = {
  id: stories.id,
  slug: stories.slug,
  language: stories.language,
  headline: stories.headline,
  standfirst: stories.standfirst,
  dateline: stories.dateline,
  priority: stories.priority,
  publishedAt: stories.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  sectionNames: sections.names,
  ...imageColumns,
};

export type CardRow = {
  [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null;
};

export function toCard(row: CardRow): StoryCard {
  return {
    id: row.id!,
    slug: row.slug!,
    language: row.language!,
    headline: row.headline!,
    standfirst: row.standfirst!,
    dateline: row.dateline!,
    priority: row.priority!,
    publishedAt: row.publishedAt!,
    // The section's name in the story's language (lib/taxonomy.ts, localName).
    section: row.sectionSlug
      ? {
          slug: row.sectionSlug,
          name: localName(
            { name: row.sectionName!, names: row.sectionNames },
            row.language!,
            defaultLanguage(),
          ),
        }
      : null,
    image: imageOf(row),
  };
}

export interface ListFilter {
  /** The language listed: the site's default language when not given. */
  language?: string;
  sectionId?: string;
  tagId?: string;
  authorId?: string;
}

/** Where the previous page stopped: newest first, so the next page is older than this. */
export interface PageCursor {
  publishedAt: Date;
  id: string;
}

export const encodePageCursor = (card: StoryCard) =>
  Buffer.from(`${card.publishedAt.toISOString()}|${card.id}`).toString('base64url');

export function decodePageCursor(raw: unknown): PageCursor | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const [at, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(at ?? '');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return Number.isNaN(publishedAt.getTime()) || !uuid.test(id ?? '')
    ? null
    : { publishedAt, id: id! };
}

/** Public stories, newest first, optionally of one section, tag or author; keyset-paginated. */
export async function latestStories(
  db: Database,
  {
    limit,
    excludeId,
    filter = {},
    before,
  }: { limit: number; excludeId?: string; filter?: ListFilter; before?: PageCursor | null },
): Promise<StoryCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredMediaId))
    .where(
      and(
        listedIn(filter.language ?? defaultLanguage()),
        excludeId ? ne(stories.id, excludeId) : undefined,
        filter.sectionId ? eq(stories.sectionId, filter.sectionId) : undefined,
        filter.tagId
          ? exists(
              db
                .select({ one: storyTags.storyId })
                .from(storyTags)
                .where(and(eq(storyTags.storyId, stories.id), eq(storyTags.tagId, filter.tagId))),
            )
          : undefined,
        filter.authorId ? authoredBy(db, filter.authorId) : undefined,
        before
          ? olderThan(stories.publishedAt, stories.id, { at: before.publishedAt, id: before.id })
          : undefined,
      ),
    )
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  return rows.map(toCard);
}

/** Public stories first published since a time (news sitemap), newest first. */
export interface Byline {
  displayName: string;
  handle: string;
  title: string;
}

export interface PublicStory extends StoryCard {
  /** The published revision: what readers see, never changed once made. */
  revisionId: string;
  /** The translation group (lib/services/translations.ts); null when it has no translation. */
  translationGroupId: string | null;
  updatedAt: Date | null;
  body: StoryBody;
  corrections: Correction[];
  authors: Byline[];
  tags: { slug: string; name: string }[];
}

// The byline and the tags come with the story in one query (a page renders on every cache miss,
// and each round trip to the database cost more than the rows it brought).
const bylineOf = sql<Byline[]>`coalesce((
  select json_agg(json_build_object('displayName', u.display_name, 'handle', u.handle,
                                    'title', u.title) order by sa.position)
  from ${storyAuthors} sa join ${users} u on u.id = sa.user_id
  where sa.story_id = ${stories.id}), '[]'::json)`;
const tagsOf = sql<{ slug: string; name: string; names?: Record<string, string> }[]>`coalesce((
  select json_agg(json_build_object('slug', t.slug, 'name', t.name, 'names', t.names)
                  order by t.name)
  from ${storyTags} st join ${tags} t on t.id = st.tag_id
  where st.story_id = ${stories.id}), '[]'::json)`;

function storyBySlugQuery(db: Database) {
  return db
    .select({
      ...cardColumns,
      translationGroupId: stories.translationGroupId,
      revisionId: revisions.id,
      updatedAt: stories.publicUpdatedAt,
      corrections: stories.corrections,
      body: revisions.body,
      authors: bylineOf,
      tags: tagsOf,
    })
    .from(stories)
    .innerJoin(revisions, eq(revisions.id, stories.publishedRevisionId))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredMediaId))
    .where(and(isPublic, eq(stories.slug, sql.placeholder('slug'))))
    .limit(1)
    .prepare('public_story_by_slug');
}

// Built once per database handle: building the query cost about as much as running it.
const preparedStoryBySlug = new WeakMap<Database, ReturnType<typeof storyBySlugQuery>>();

/** A public story with its published body, or null when readers may not see it. */
export async function publicStoryBySlug(db: Database, slug: string): Promise<PublicStory | null> {
  let query = preparedStoryBySlug.get(db);
  if (!query) preparedStoryBySlug.set(db, (query = storyBySlugQuery(db)));
  const [row] = await query.execute({ slug });
  if (!row) return null;
  return {
    ...toCard(row),
    translationGroupId: row.translationGroupId,
    revisionId: row.revisionId,
    updatedAt: row.updatedAt,
    corrections: row.corrections,
    body: row.body,
    authors: parsed(row.authors),
    tags: parsed(row.tags).map((tag) => ({
      slug: tag.slug,
      name: localName(tag, row.language, defaultLanguage()),
    })),
  };
}

/**
 * The public versions of a translation group, in every language (the story's own included): what
 * its hreflang alternates, language switcher and JSON-LD translations name. Empty without a group.
 */
export async function publicVersions(
  db: Executor,
  groupId: string | null,
): Promise<{ id: string; slug: string; language: string; headline: string }[]> {
  if (!groupId) return [];
  return db
    .select({
      id: stories.id,
      slug: stories.slug,
      language: stories.language,
      headline: stories.headline,
    })
    .from(stories)
    .where(and(isPublic, or(eq(stories.translationGroupId, groupId), eq(stories.id, groupId))))
    .orderBy(stories.createdAt);
}

/** A json column as an object: node-postgres and PGlite parse json, other drivers may not. */
const parsed = <T>(value: T | string): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;

/** The newest public stories with their bylines and a summary, for feeds. */
export async function imagesByIds(db: Database, ids: string[]): Promise<Map<string, PublicImage>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: media.id, ...imageColumns })
    .from(media)
    .where(inArray(media.id, wanted));
  return new Map(rows.map((row) => [row.id, imageOf(row)!]));
}
