// The site's public address, for canonical links, feeds and sitemaps. From configuration only,
// never from a request's Host header (which a client can forge).
export const SITE_NAME = 'Dateline';

export function siteUrl(): string {
  const configured = process.env.SITE_URL || process.env.AUTH_URL;
  const url = configured || `http://localhost:${process.env.PORT || 3000}`;
  return url.replace(/\/+$/, '');
}

export const absolute = (path: string) => `${siteUrl()}${path}`;

/**
 * An absolute URL for a redirect: on the configured address when there is one (production sets
 * it), so a forged Host or X-Forwarded-Host cannot send anyone elsewhere; else the request's own.
 */
export function redirectUrl(path: string, requestOrigin: string): URL {
  return new URL(path, process.env.SITE_URL || process.env.AUTH_URL || requestOrigin);
}

/** The site-wide feeds, advertised by every public page (pages that set `alternates` repeat it). */
export const FEED_ALTERNATES = {
  'application/rss+xml': [{ url: '/feed.xml', title: SITE_NAME }],
  'application/feed+json': [{ url: '/feed.json', title: SITE_NAME }],
};
