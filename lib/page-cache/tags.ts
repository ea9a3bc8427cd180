// The names of public-page cache tags, in one place. A cached page carries the tags of what it
// shows (pageTags); a change to a story names the tags of everything that shows it
// (storyChangeTags). The page cache (lib/page-cache/memory.ts) drops every page that shares a tag.
//
// Lists are per language (ARCHITECTURE.md, Languages): a tag of a language's pages carries the
// language after an `@` (`front@ru`, `section:world@az`), the default language's keep the bare
// name. A story's change names its own language's lists, and the article pages of its published
// translations (their alternates name it), never another language's lists.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '@/db';
import { defaultLanguage, siteLanguages } from '@/lib/languages';
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
/** The news sitemap: a language's last 48 hours, without alternates. */
const NEWS_SITEMAP = 'news-sitemap';
const SEARCH = 'search';

/** A tag of one language's pages: the bare name for the default language, `name@ru` else. */
export const inLanguage = (name: string, language: string = defaultLanguage()) =>
  language === defaultLanguage() ? name : `${name}@${language}`;

/** The tag in every language of the site (a change every language's pages show). */
export const everyLanguage = (name: string) =>
  siteLanguages().all.map((language) => inLanguage(name, language));

const story = (slug: string) => `story:${slug}`;
const section = (slug: string) => `section:${slug}`;
const tag = (slug: string) => `tag:${slug}`;
const author = (handle: string) => `author:${handle}`;

/**
 * The tags of each kind of public page in a language (the routes of app/(public)/routes.ts name
 * theirs here). Every page also carries SITE_TAG. An article's own tag needs no language: a slug
 * names one story.
 */
export const pageTags = {
  site: () => [SITE_TAG],
  front: (language?: string) => [
    SITE_TAG,
    inLanguage(FRONT, language),
    inLanguage(MOST_READ_TAG, language),
  ],
  /** Every article lists the latest news and the most read of its language. */
  article: (slug: string, language?: string) => [
    SITE_TAG,
    story(slug),
    inLanguage(LATEST, language),
    inLanguage(MOST_READ_TAG, language),
  ],
  section: (slug: string, language?: string) => [SITE_TAG, inLanguage(section(slug), language)],
  tag: (slug: string, language?: string) => [SITE_TAG, inLanguage(tag(slug), language)],
  author: (handle: string, language?: string) => [SITE_TAG, inLanguage(author(handle), language)],
  search: (language?: string) => [SITE_TAG, inLanguage(SEARCH, language)],
  feeds: (language?: string) => [SITE_TAG, inLanguage(FEEDS, language)],
  sitemaps: (language?: string) => [SITE_TAG, inLanguage(SITEMAPS, language)],
  newsSitemap: (language?: string) => [SITE_TAG, inLanguage(NEWS_SITEMAP, language)],
};

/**
 * What a change to a story's public face (published, updated, withdrawn, moved) makes stale: its
 * page under every address it has had, its section, tags and authors, the front page, the latest
 * and most read lists, feeds, sitemaps and search, all of its own language; and, when it has
 * translations, their article pages and their languages' sitemaps, whose alternates name it.
 * Read inside the transaction that makes it.
 */
export async function storyChangeTags(
  tx: Executor,
  storyId: string,
  slugs: string[],
): Promise<string[]> {
  const [row] = await tx
    .select({
      section: sections.slug,
      language: stories.language,
      groupId: stories.translationGroupId,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  const groupId = row?.groupId ?? null;
  const [tagRows, authorRows, redirectRows, siblings] = await Promise.all([
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
    // Its translations that readers see: their pages name it (alternates, switcher, JSON-LD).
    groupId
      ? tx
          .select({ slug: stories.slug, language: stories.language })
          .from(stories)
          .where(
            and(
              eq(stories.state, 'published'),
              or(eq(stories.translationGroupId, groupId), eq(stories.id, groupId)),
            ),
          )
      : Promise.resolve([]),
  ]);
  const language = row?.language ?? defaultLanguage();
  const own = (name: string) => inLanguage(name, language);
  // A withdrawn story leaves the most read list at once, not at the list's next refresh.
  const names = new Set(
    [FRONT, LATEST, MOST_READ_TAG, FEEDS, SITEMAPS, NEWS_SITEMAP, SEARCH].map(own),
  );
  for (const slug of [...slugs, ...redirectRows.map((r) => r.slug)]) names.add(story(slug));
  if (row?.section) names.add(own(section(row.section)));
  for (const { slug } of tagRows) names.add(own(tag(slug)));
  for (const { handle } of authorRows) names.add(own(author(handle)));
  for (const sibling of siblings) {
    names.add(story(sibling.slug));
    names.add(inLanguage(SITEMAPS, sibling.language));
  }
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
  const names = new Set(
    [FEEDS, SITEMAPS, SEARCH, ...slugs.map(tag)].flatMap((name) => everyLanguage(name)),
  );
  for (const row of rows) if (row.slug) names.add(story(row.slug));
  return [...names].sort();
}

/** A section's name or address changed: the section menu is on every page (SITE_TAG). */
export const sectionChangeTags = (slugs: string[]) =>
  [
    SITE_TAG,
    ...[FEEDS, SITEMAPS, ...slugs.map(section)].flatMap((name) => everyLanguage(name)),
  ].sort();
