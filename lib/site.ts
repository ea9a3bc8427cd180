// The site's public address, for canonical links, feeds and sitemaps. From configuration only,
// never from a request's Host header (which a client can forge).
export const SITE_NAME = 'Dateline';

export function siteUrl(): string {
  const configured = process.env.SITE_URL || process.env.AUTH_URL;
  const url = configured || `http://localhost:${process.env.PORT || 3000}`;
  return url.replace(/\/+$/, '');
}

export const absolute = (path: string) => `${siteUrl()}${path}`;

/** The site-wide feeds, advertised by every public page (pages that set `alternates` repeat it). */
export const FEED_ALTERNATES = {
  'application/rss+xml': [{ url: '/feed.xml', title: SITE_NAME }],
  'application/feed+json': [{ url: '/feed.json', title: SITE_NAME }],
};
