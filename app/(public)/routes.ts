// THE public site: every reader-facing address, the query parameters that change its page, the
// page-cache tags of what it shows, and the module that renders it. The production server
// (scripts/server.ts) answers these itself, from the page cache or by rendering in-process
// (lib/page-cache/serve.ts); Next never sees them. Everything else (the desk, sign-in, the API,
// media, Next's files and public/) goes on to Next.
//
// Every language of SITE_LANGUAGES has the same pages: the default language at the plain addresses,
// the others under their code (/ru, /ru/news/{slug}, /ru/feed.xml: lib/hreflang.ts). A prefix that
// names no language of the site is no address at all (the notice, 404).
import fs from 'node:fs';
import path from 'node:path';
import type { NotFound, PageRequest, PublicRoute } from '@/lib/page-cache/routes';
import type { PublicSite } from '@/lib/page-cache/serve';
import { pageTags } from '@/lib/page-cache/tags';
import { toPage, type PublicAnswer } from './document';
import { frontPage } from './front-page';
import { articlePage } from './news/[slug]/article-page';
import { sectionPage } from './section/[slug]/section-page';
import { tagPage } from './tag/[slug]/tag-page';
import { authorPage } from './author/[handle]/author-page';
import { SEARCH_QUERY, searchPage } from './search/search-page';
import { LIST_QUERY } from './list-page';
import { googleNewsSitemap, robotsTxt, sectionRss, siteJsonFeed, siteMap, siteRss } from './feeds';
import { missing } from './not-found-page';
import { localePath } from '@/lib/hreflang';
import { siteLanguages, type LanguageCode, type SiteLanguages } from '@/lib/languages';

function route(
  address: string,
  tags: (params: Record<string, string>) => string[],
  answer: (request: PageRequest) => Promise<PublicAnswer>,
  query?: PublicRoute['query'],
): PublicRoute {
  return {
    path: address,
    query,
    tags,
    render: async (request) => toPage(await answer(request), request.tags),
  };
}

/** One language's pages, at its addresses. */
function routesIn(language: LanguageCode, site: SiteLanguages): PublicRoute[] {
  const at = (path: string) => localePath(language, path, site);
  return [
    route(
      at('/'),
      () => pageTags.front(language),
      () => frontPage(language),
    ),
    route(
      at('/news/:slug'),
      ({ slug }) => pageTags.article(slug!, language),
      ({ params }) => articlePage(params, language),
    ),
    route(
      at('/section/:slug'),
      ({ slug }) => pageTags.section(slug!, language),
      (request) => sectionPage(request, language),
      LIST_QUERY,
    ),
    route(
      at('/section/:slug/feed.xml'),
      ({ slug }) => pageTags.section(slug!, language),
      (request) => sectionRss(request, language),
    ),
    route(
      at('/tag/:slug'),
      ({ slug }) => pageTags.tag(slug!, language),
      (request) => tagPage(request, language),
      LIST_QUERY,
    ),
    route(
      at('/author/:handle'),
      ({ handle }) => pageTags.author(handle!, language),
      (request) => authorPage(request, language),
      LIST_QUERY,
    ),
    route(
      at('/search'),
      () => pageTags.search(language),
      (request) => searchPage(request, language),
      SEARCH_QUERY,
    ),
    route(
      at('/feed.xml'),
      () => pageTags.feeds(language),
      () => siteRss(language),
    ),
    route(
      at('/feed.json'),
      () => pageTags.feeds(language),
      () => siteJsonFeed(language),
    ),
    route(
      at('/sitemap.xml'),
      () => pageTags.sitemaps(language),
      () => siteMap(language),
    ),
    route(
      at('/news-sitemap.xml'),
      () => pageTags.newsSitemap(language),
      () => googleNewsSitemap(language),
    ),
  ];
}

/** Every language's pages, and robots.txt (one for the site, naming every sitemap). */
export function publicRoutes(site: SiteLanguages = siteLanguages()): PublicRoute[] {
  return [
    ...site.all.flatMap((language) => routesIn(language, site)),
    route('/robots.txt', () => pageTags.site(), robotsTxt),
  ];
}

export const PUBLIC_ROUTES: readonly PublicRoute[] = publicRoutes();

/**
 * The notice for an address no route names, in the language its prefix names (`/ru/…`: Russian),
 * else the default language; one cache key per language (`/:not-found`, `/ru/:not-found`).
 */
function notFoundRoutes(site: SiteLanguages): NotFound {
  const byLanguage = new Map(
    site.all.map((language) => [
      language,
      route(
        localePath(language, '/:not-found', site),
        () => pageTags.site(),
        async () => missing(language),
      ),
    ]),
  );
  return (pathname) => {
    const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(pathname)?.[1];
    const language = site.all.find((code) => code === prefix && code !== site.default);
    return byLanguage.get(language ?? site.default)!;
  };
}

const NOT_FOUND = notFoundRoutes(siteLanguages());

/**
 * Addresses that are not the public site's: Next's (invitation/ and password-reset/: the pages of
 * mailed links; preview/: share links to a story's preview, never cached; bench/: the
 * benchmark's one page).
 */
const NOT_PUBLIC =
  /^\/(?:desk|login|invitation|password-reset|preview|api|media|_next|bench)(?:\/|$)/;

/** The public site, with the files of public/ (logo, icons) left to Next, which serves them. */
export function publicSite(root = process.cwd(), site?: SiteLanguages): PublicSite {
  let files = new Set<string>();
  try {
    files = new Set(fs.readdirSync(path.join(root, 'public')).map((name) => `/${name}`));
  } catch {
    // no public/ folder: nothing to leave out
  }
  return {
    routes: site ? publicRoutes(site) : PUBLIC_ROUTES,
    notFound: site ? notFoundRoutes(site) : NOT_FOUND,
    owns: (pathname) => !NOT_PUBLIC.test(pathname) && !files.has(pathname),
  };
}
