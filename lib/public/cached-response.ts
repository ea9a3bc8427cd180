// Serving public pages from the page cache, called by proxy.ts before Next routes a request.
//
// A miss renders the page once by asking this same server for it, with a header that only this
// process knows (so the proxy lets that request through to the page), and keeps the answer if it
// is a 200 or a 404 without cookies; HTML is kept without its client scripts (static-html.ts).
// What is never cached: anything but GET and HEAD, the React Server Component requests of client
// navigation (RSC, Next-Router-* headers, ?_rsc), and addresses cache-tags.ts does not name. Those go to Next as before and stay uncached
// (`private, no-store`). PAGE_CACHE=off turns the cache off (to measure or debug rendering).
// With REDIS_URL, a miss looks in the shared tier (shared-cache.ts) before rendering, and what it
// renders is shared there; `x-dateline-cache` says `shared` for a page that came from it.
import crypto from 'node:crypto';
import { tagsForPath } from './cache-tags';
import { pageCache, type CachedPage } from './page-cache';
import { isMissingPage } from './missing';
import { sharedPageCache } from './shared-cache';
import { withoutClientScripts } from './static-html';

/**
 * What shared caches (a CDN, the nginx front) and browsers may do with a public page: browsers
 * ask again each time; a shared cache keeps it PUBLIC_SHARED_MAX_AGE seconds (default 1), then
 * serves it stale while it fetches a new copy. A longer time suits a front that the app refreshes
 * on every change (FRONT_URL, front-refresh.ts), though pages beyond the refreshed ones then stay
 * stale there that long.
 */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${
  Number(process.env.PUBLIC_SHARED_MAX_AGE) || 1
}, stale-while-revalidate=30`;

const FILL_HEADER = 'x-dateline-fill';
const globalToken = globalThis as typeof globalThis & { __datelineFillToken?: string };
function fillToken(): string {
  globalToken.__datelineFillToken ??= crypto.randomBytes(18).toString('base64url');
  return globalToken.__datelineFillToken;
}

const CACHEABLE_STATUS = new Set([200, 404]);
// What client navigation sends instead of asking for a page: never answered from the cache.
const NAVIGATION_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
];
/** A render that takes longer than this is abandoned: Next answers that reader itself. */
const FILL_TIMEOUT_MS = 10_000;
// Headers that describe one transfer or one render, not the page.
const DROPPED_HEADERS = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-security-policy',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
]);

/** The cache key and tags of a request that may be served from cache, or null. */
export function cacheable(request: Request): { key: string; tags: string[] } | null {
  return cacheTarget(request.method, request.url, (name) => request.headers.get(name));
}

/** `cacheable` over a request's parts: its method, absolute URL and a header lookup. */
export function cacheTarget(
  method: string,
  address: string,
  header: (name: string) => string | null | undefined,
): { key: string; tags: string[] } | null {
  if (process.env.PAGE_CACHE === 'off') return null;
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (header(FILL_HEADER) === fillToken()) return null;
  for (const name of NAVIGATION_HEADERS) if (header(name) != null) return null;
  const url = new URL(address);
  if (url.searchParams.has('_rsc')) return null;
  const tags = tagsForPath(url.pathname);
  if (!tags) return null;
  url.searchParams.sort();
  return { key: `${url.pathname}${url.search}`, tags };
}

/** A response built by the proxy itself (a redirect, a 410), ready to be cached. */
export function pageFrom(
  status: number,
  headers: Record<string, string>,
  body: string,
  tags: string[],
): CachedPage {
  const bytes = new TextEncoder().encode(body);
  return { status, headers: Object.entries(headers), body: bytes, etag: etagOf(bytes), tags };
}

/** Renders `key` by asking this server for it, past the cache; null when it must not be kept. */
export async function renderPage(key: string, tags: string[]): Promise<CachedPage | null> {
  const port = process.env.PORT || '3000';
  const response = await fetch(`http://127.0.0.1:${port}${key}`, {
    headers: { [FILL_HEADER]: fillToken(), 'accept-encoding': 'identity' },
    redirect: 'manual',
    // Readers of this address wait on this one fill: it must end, whatever the render does.
    signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
  });
  if (!CACHEABLE_STATUS.has(response.status) || response.headers.has('set-cookie')) {
    // Read to the end and drop: cancelling the body of this server's own answer (a 500, say)
    // never settled, so the fill, and every later reader of the address, hung.
    await response.arrayBuffer();
    return null;
  }
  let body = new Uint8Array(await response.arrayBuffer());
  let status = response.status;
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    const html = new TextDecoder().decode(body);
    if (isMissingPage(html)) status = 404;
    body = new TextEncoder().encode(withoutClientScripts(html));
  }
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name)) headers.push([name, value]);
  });
  return { status, headers, body, etag: etagOf(body), tags };
}

/** The answer to `request` from a cached page: 304 when the reader already has it. */
export function respondWith(
  request: Request,
  page: CachedPage,
  state: 'hit' | 'miss' | 'shared',
): Response {
  const headers = new Headers(page.headers);
  headers.set('cache-control', PUBLIC_CACHE_CONTROL);
  headers.set('etag', page.etag);
  headers.set('x-dateline-cache', state);
  if (request.headers.get('if-none-match') === page.etag) {
    return new Response(null, { status: 304, headers });
  }
  const body = request.method === 'HEAD' ? null : page.body.slice();
  return new Response(body, { status: page.status, headers });
}

/** Serves `request` from cache, filling it on a miss; null hands the request on to Next. */
export async function serveCached(
  request: Request,
  resolve: (key: string, tags: string[]) => Promise<CachedPage | null> = renderPage,
): Promise<Response | null> {
  const target = cacheable(request);
  if (!target) return null;
  const cache = pageCache();
  const hit = cache.get(target.key);
  if (hit) return respondWith(request, hit, 'hit');
  const { key, tags } = target;
  const shared = sharedPageCache();
  let page: CachedPage | null;
  try {
    page = await cache.fill(key, () =>
      shared ? shared.fill(key, tags, () => resolve(key, tags)) : resolve(key, tags),
    );
  } catch {
    return null; // rendering through the cache failed: let Next answer as it would
  }
  if (!page) return null;
  return respondWith(request, page, shared?.cameFromRedis(page) ? 'shared' : 'miss');
}

function etagOf(body: Uint8Array): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
}
