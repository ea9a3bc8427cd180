// The names of public-page cache tags, in one place. A cached page carries the tags of what it
// shows (pageTags); a change to a story names the tags of everything that shows it
// (storyChangeTags). The page cache (lib/page-cache/memory.ts) drops every page that shares a tag.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import {
  sections,
  slugRedirects,
  stories,
  storyAuthors,
  storyTags,
  tags,
  users,
} from '@/db/schema';

/** Every public page carries this: the section menu and bylines are on all of them. */
export const SITE_TAG = 'site';
/** The front page: its arrangement (lib/services/front.ts) and every story change. */
export const FRONT_TAG = 'front';
const FRONT = FRONT_TAG;
/** The "Latest news" list, shown on every article page. */
export const LATEST_TAG = 'latest';
const LATEST = LATEST_TAG;
/** The "Most read" list (front page, articles), invalidated when it changes (lib/analytics). */
export const MOST_READ_TAG = 'most-read';
const FEEDS = 'feeds';
const SITEMAPS = 'sitemaps';
const SEARCH = 'search';

const story = (slug: string) => `story:${slug}`;
const section = (slug: string) => `section:${slug}`;
const tag = (slug: string) => `tag:${slug}`;
const author = (handle: string) => `author:${handle}`;

/**
 * The tags of each kind of public page (the routes of app/(public)/routes.ts name theirs here).
 * Every page also carries SITE_TAG.
 */
export const pageTags = {
  site: () => [SITE_TAG],
  front: () => [SITE_TAG, FRONT, MOST_READ_TAG],
  /** Every article lists the latest news and the most read. */
  article: (slug: string) => [SITE_TAG, story(slug), LATEST, MOST_READ_TAG],
  section: (slug: string) => [SITE_TAG, section(slug)],
  tag: (slug: string) => [SITE_TAG, tag(slug)],
  author: (handle: string) => [SITE_TAG, author(handle)],
  search: () => [SITE_TAG, SEARCH],
  feeds: () => [SITE_TAG, FEEDS],
  sitemaps: () => [SITE_TAG, SITEMAPS],
};

/**
 * What a change to a story's public face (published, updated, withdrawn, moved) makes stale: its
 * page under every address it has had, its section, tags and authors, the front page, the latest
 * and most read lists, feeds, sitemaps and search. Read inside the transaction that makes it.
 */
export async function storyChangeTags(
  tx: Executor,
  storyId: string,
  slugs: string[],
): Promise<string[]> {
  const [row] = await tx
    .select({ section: sections.slug })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  const [tagRows, authorRows, redirectRows] = await Promise.all([
    tx
      .select({ slug: tags.slug })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, storyId)),
    tx
      .select({ handle: users.handle })
      .from(storyAuthors)
      .innerJoin(users, eq(users.id, storyAuthors.userId))
      .where(eq(storyAuthors.storyId, storyId)),
    tx
      .select({ slug: slugRedirects.fromSlug })
      .from(slugRedirects)
      .where(inArray(slugRedirects.storyId, [storyId])),
  ]);
  // A withdrawn story leaves the most read list at once, not at the list's next refresh.
  const names = new Set([FRONT, LATEST, MOST_READ_TAG, FEEDS, SITEMAPS, SEARCH]);
  for (const slug of [...slugs, ...redirectRows.map((r) => r.slug)]) names.add(story(slug));
  if (row?.section) names.add(section(row.section));
  for (const { slug } of tagRows) names.add(tag(slug));
  for (const { handle } of authorRows) names.add(author(handle));
  return [...names].sort();
}

/**
 * What a change to a tag (a new name or address, a merge, retirement) makes stale: its pages
 * under every address named, the articles that show it, feeds and sitemaps. Past a few hundred
 * articles, every page: a rare change does not need a long list.
 */
export async function tagChangeTags(
  tx: Executor,
  tagIds: string[],
  slugs: string[],
): Promise<string[]> {
  const rows = tagIds.length
    ? await tx
        .select({ slug: stories.slug })
        .from(storyTags)
        .innerJoin(stories, eq(stories.id, storyTags.storyId))
        .where(inArray(storyTags.tagId, tagIds))
        .limit(501)
    : [];
  if (rows.length > 500) return [SITE_TAG];
  const names = new Set([FEEDS, SITEMAPS, SEARCH, ...slugs.map(tag)]);
  for (const row of rows) if (row.slug) names.add(story(row.slug));
  return [...names].sort();
}

/** A section's name or address changed: the section menu is on every page (SITE_TAG). */
export const sectionChangeTags = (slugs: string[]) =>
  [SITE_TAG, FEEDS, SITEMAPS, ...slugs.map(section)].sort();
