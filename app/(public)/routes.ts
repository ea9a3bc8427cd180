// THE public site: every reader-facing address, the query parameters that change its page, the
// page-cache tags of what it shows, and the module that renders it. The production server
// (scripts/server.ts) answers these itself, from the page cache or by rendering in-process
// (lib/page-cache/serve.ts); Next never sees them. Everything else (the desk, sign-in, the API,
// media, Next's files and public/) goes on to Next.
import fs from 'node:fs';
import path from 'node:path';
import type { PageRequest, PublicRoute } from '@/lib/page-cache/routes';
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

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  route('/', () => pageTags.front(), frontPage),
  route(
    '/news/:slug',
    ({ slug }) => pageTags.article(slug!),
    ({ params }) => articlePage(params),
  ),
  route('/section/:slug', ({ slug }) => pageTags.section(slug!), sectionPage, LIST_QUERY),
  route('/section/:slug/feed.xml', ({ slug }) => pageTags.section(slug!), sectionRss),
  route('/tag/:slug', ({ slug }) => pageTags.tag(slug!), tagPage, LIST_QUERY),
  route('/author/:handle', ({ handle }) => pageTags.author(handle!), authorPage, LIST_QUERY),
  route('/search', () => pageTags.search(), searchPage, SEARCH_QUERY),
  route('/feed.xml', () => pageTags.feeds(), siteRss),
  route('/feed.json', () => pageTags.feeds(), siteJsonFeed),
  route('/sitemap.xml', () => pageTags.sitemaps(), siteMap),
  route('/news-sitemap.xml', () => pageTags.sitemaps(), googleNewsSitemap),
  route('/robots.txt', () => pageTags.site(), robotsTxt),
];

const NOT_FOUND = route(
  '/:not-found',
  () => pageTags.site(),
  async () => missing(),
);

/**
 * Addresses that are not the public site's: Next's (invitation/ and password-reset/: the pages of
 * mailed links; preview/: share links to a story's preview, never cached; bench/: the
 * benchmark's one page).
 */
const NOT_PUBLIC =
  /^\/(?:desk|login|invitation|password-reset|preview|api|media|_next|bench)(?:\/|$)/;

/** The public site, with the files of public/ (logo, icons) left to Next, which serves them. */
export function publicSite(root = process.cwd()): PublicSite {
  let files = new Set<string>();
  try {
    files = new Set(fs.readdirSync(path.join(root, 'public')).map((name) => `/${name}`));
  } catch {
    // no public/ folder: nothing to leave out
  }
  return {
    routes: PUBLIC_ROUTES,
    notFound: NOT_FOUND,
    owns: (pathname) => !NOT_PUBLIC.test(pathname) && !files.has(pathname),
  };
}
