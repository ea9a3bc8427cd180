// A page as the cache keeps it, and how one is made from a rendered answer.
import crypto from 'node:crypto';
import type { CachedPage } from './memory';

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

/**
 * A page for the cache. Its ETag is weak: the same page goes out plain or gzipped, two byte
 * sequences that mean the same thing, and weak comparison is what If-None-Match uses anyway.
 */
export function pageFrom(
  status: number,
  headers: Record<string, string>,
  body: string | Uint8Array,
  tags: string[],
): CachedPage {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const etag = `W/"${crypto.createHash('sha1').update(bytes).digest('base64url')}"`;
  return { status, headers: Object.entries(headers), body: bytes, etag, tags };
}

/** Whether an If-None-Match header names `etag`, by weak comparison (RFC 9110 13.1.2), or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
