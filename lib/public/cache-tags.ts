// The names of public-page cache tags, in one place. A cached page carries the tags of what it
// shows (tagsForPath); a change to a story names the tags of everything that shows it
// (storyChangeTags). The page cache (lib/public/page-cache.ts) drops every page that shares a tag.
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
const FRONT = 'front';
/** The "Latest news" list, shown on every article page. */
const LATEST = 'latest';
const FEEDS = 'feeds';
const SITEMAPS = 'sitemaps';
const SEARCH = 'search';

const story = (slug: string) => `story:${slug}`;
const section = (slug: string) => `section:${slug}`;
const tag = (slug: string) => `tag:${slug}`;
const author = (handle: string) => `author:${handle}`;

/** The tags of the public page at `pathname`, or null when that address is not cached. */
export function tagsForPath(pathname: string): string[] | null {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  const tagged = (...names: string[]) => [SITE_TAG, ...names];
  if (parts.length === 0) return tagged(FRONT);
  if (parts.length === 1) {
    if (first === 'search') return tagged(SEARCH);
    if (first === 'feed.xml' || first === 'feed.json') return tagged(FEEDS);
    if (first === 'sitemap.xml' || first === 'news-sitemap.xml') return tagged(SITEMAPS);
    if (first === 'robots.txt') return tagged();
    return null;
  }
  if (parts.length === 2) {
    if (first === 'news') return tagged(story(second!), LATEST);
    if (first === 'section') return tagged(section(second!));
    if (first === 'tag') return tagged(tag(second!));
    if (first === 'author') return tagged(author(second!));
    return null;
  }
  if (parts.length === 3 && first === 'section' && third === 'feed.xml') {
    return tagged(section(second!));
  }
  return null;
}

/**
 * What a change to a story's public face (published, updated, withdrawn, moved) makes stale: its
 * page under every address it has had, its section, tags and authors, the front page, the latest
 * list, feeds, sitemaps and search. Read inside the transaction that makes the change.
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
  const names = new Set([FRONT, LATEST, FEEDS, SITEMAPS, SEARCH]);
  for (const slug of [...slugs, ...redirectRows.map((r) => r.slug)]) names.add(story(slug));
  if (row?.section) names.add(section(row.section));
  for (const { slug } of tagRows) names.add(tag(slug));
  for (const { handle } of authorRows) names.add(author(handle));
  return [...names].sort();
}
