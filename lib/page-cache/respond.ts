// Writing public answers to the wire: a page from the cache (a hit, a fresh render, a stale copy)
// with its caching headers, a 304 for a reader who has it, gzip made once per page; and the short
// answers that no cache may keep (a 503 past the render budget, a 500).
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { securityHeaders } from '@/lib/security-headers';
import { pageCache, type CachedPage } from './memory';
import { PUBLIC_CACHE_CONTROL, matchesEtag } from './page';

export type CacheState = 'hit' | 'miss' | 'shared' | 'stale';

export function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Sends `page` (kept under `key`) as the answer to `request`. */
export function sendPage(
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
  page: CachedPage,
  state: CacheState,
): void {
  for (const [name, value] of page.headers) response.setHeader(name, value);
  for (const [name, value] of securityHeaders('plain-page')) response.setHeader(name, value);
  response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  response.setHeader('ETag', page.etag);
  response.setHeader('Vary', 'Accept-Encoding');
  response.setHeader('X-Dateline-Cache', state);
  if (matchesEtag(headerOf(request, 'if-none-match'), page.etag)) {
    response.writeHead(304).end();
    return;
  }
  let body = page.body;
  if (/\bgzip\b/.test(headerOf(request, 'accept-encoding') ?? '') && body.byteLength > 1024) {
    const gzipped = pageCache().gzipped(key, (plain) => zlib.gzipSync(plain, { level: 6 }));
    if (gzipped) {
      body = gzipped;
      response.setHeader('Content-Encoding', 'gzip');
    }
  }
  response.setHeader('Content-Length', body.byteLength);
  response.writeHead(page.status);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * A plain-text answer that no cache keeps: a 503 when renders are over budget (with Retry-After),
 * a 500 when a render failed, a 400 for a malformed address or parameter.
 */
export function sendPlain(
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  for (const [name, value] of securityHeaders('plain-page')) response.setHeader(name, value);
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
  response.writeHead(status).end(`${text}\n`);
}
