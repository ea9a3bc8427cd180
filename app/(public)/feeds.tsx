// The feeds and sitemaps of each language: /feed.xml (RSS 2.0), /feed.json (JSON Feed 1.1),
// /section/{slug}/feed.xml, /sitemap.xml (every public address with its last change and its
// hreflang alternates), /news-sitemap.xml (Google News: the last 48 hours), the same under /ru…
// for another language, holding only its stories; and /robots.txt, naming every sitemap. Strings
// built by lib/public/feeds.ts and sitemaps.ts.
import { getDb } from '@/db';
import { renderToStaticMarkup } from 'react-dom/server';
import { StoryBody } from '@/components/article/story-body';
import { inLanguageOf, movedTo, sectionBySlug } from '@/lib/public/directory';
import { imagesByIds } from '@/lib/public/stories';
import {
  feedItems,
  groupVersions,
  publicStoryAddresses,
  sectionLastChanges,
  storiesPublishedSince,
} from '@/lib/public/syndication';
import { bodyMediaIds } from '@/lib/story-body';
import type { PublicImage } from '@/lib/public/images';
import { jsonFeed, rssFeed } from '@/lib/public/feeds';
import { newsSitemap, robots, sitemap } from '@/lib/public/sitemaps';
import { SITE_NAME } from '@/lib/site';
import type { PageRequest } from '@/lib/page-cache/routes';
import type { PublicAnswer } from './document';
import { alternatesOf, localePath, siteWideVersions, storyPath } from '@/lib/hreflang';
import { isLanguageCode, type LanguageCode } from '@/lib/languages';
import { missing } from './not-found-page';

const RSS = 'application/rss+xml';
const XML = 'application/xml';

export async function siteRss(language: LanguageCode): Promise<PublicAnswer> {
  const items = await feedItems(await getDb(), { filter: { language } });
  const body = rssFeed(items, {
    title: SITE_NAME,
    path: localePath(language, '/'),
    feedPath: localePath(language, '/feed.xml'),
    language,
  });
  return { kind: 'file', contentType: RSS, body };
}

/** The library images one body shows (the rendering of a body is kept per revision and these). */
function imagesOf(body: Parameters<typeof bodyMediaIds>[0], all: Map<string, PublicImage>) {
  return new Map(bodyMediaIds(body).flatMap((id) => (all.has(id) ? [[id, all.get(id)!]] : [])));
}

/** JSON Feed items carry the article itself (content_html), rendered as the article page does. */
export async function siteJsonFeed(language: LanguageCode): Promise<PublicAnswer> {
  const db = await getDb();
  const items = await feedItems(db, { withBodies: true, filter: { language } });
  const images = await imagesByIds(
    db,
    items.flatMap((item) => (item.published ? bodyMediaIds(item.published.body) : [])),
  );
  const withHtml = items.map((item) => ({
    ...item,
    contentHtml: item.published
      ? renderToStaticMarkup(
          <StoryBody
            body={item.published.body}
            images={imagesOf(item.published.body, images)}
            revisionId={item.published.revisionId}
          />,
        )
      : undefined,
  }));
  return { kind: 'file', contentType: 'application/feed+json', body: jsonFeed(withHtml, language) };
}

export async function sectionRss(
  { params }: PageRequest,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const db = await getDb();
  const found = await sectionBySlug(db, params.slug!);
  if (!found) {
    // The feed follows its section to a new address.
    const moved = await movedTo(db, 'section', params.slug!);
    return moved
      ? {
          kind: 'redirect',
          status: 308,
          location: localePath(language, `/section/${moved}/feed.xml`),
        }
      : missing(language);
  }
  const section = inLanguageOf(found, language);
  const items = await feedItems(db, { filter: { sectionId: section.id, language } });
  const path = localePath(language, `/section/${section.slug}`);
  const body = rssFeed(items, {
    title: `${SITE_NAME}: ${section.name}`,
    path,
    feedPath: `${path}/feed.xml`,
    language,
  });
  return { kind: 'file', contentType: RSS, body };
}

/** A language's sitemap: its stories with their published translations, its sections, its front. */
export async function siteMap(language: LanguageCode): Promise<PublicAnswer> {
  const db = await getDb();
  const [stories, sections] = await Promise.all([
    publicStoryAddresses(db, undefined, language),
    sectionLastChanges(db, language),
  ]);
  const groups = await groupVersions(
    db,
    stories.map((story) => story.groupId),
  );
  const withAlternates = stories.map((story) => ({
    ...story,
    alternates: alternatesOf(
      (story.groupId ? (groups.get(story.groupId) ?? []) : []).flatMap((version) =>
        isLanguageCode(version.language)
          ? [{ language: version.language, path: storyPath(version) }]
          : [],
      ),
    ),
  }));
  const body = sitemap(
    withAlternates,
    sections.map((section) => ({
      ...section,
      alternates: alternatesOf(siteWideVersions(`/section/${section.slug}`)),
    })),
    { language, frontAlternates: alternatesOf(siteWideVersions('/')) },
  );
  return { kind: 'file', contentType: XML, body };
}

export async function googleNewsSitemap(language: LanguageCode): Promise<PublicAnswer> {
  const body = newsSitemap(await storiesPublishedSince(await getDb(), 48, language));
  return { kind: 'file', contentType: XML, body };
}

export async function robotsTxt(): Promise<PublicAnswer> {
  return { kind: 'file', contentType: 'text/plain', body: robots() };
}
