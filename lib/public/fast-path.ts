// Cache hits answered by the HTTP server itself, before Next sees the request (scripts/server.ts).
// A hit through Next's proxy pipeline costs about a millisecond of its routing; answered here it
// costs a lookup and a write, which is what lets one instance serve thousands of readers a second.
// Misses, and everything that is not a public page, go on to Next unchanged: the proxy there fills
// the cache (cached-response.ts), and the same rules decide what may be served (cacheTarget).
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { PLAIN_PAGE_POLICY, SECURITY_HEADERS } from '@/lib/security-headers';
import { PUBLIC_CACHE_CONTROL, cacheTarget } from './cached-response';
import { pageCache } from './page-cache';

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Answers `request` from the page cache when it holds the page; false leaves it to Next. */
export function serveHit(request: IncomingMessage, response: ServerResponse): boolean {
  const target = cacheTarget(
    request.method ?? 'GET',
    `http://localhost${request.url ?? '/'}`,
    (name) => headerOf(request, name),
  );
  if (!target) return false;
  const page = pageCache().peek(target.key);
  if (!page) return false;

  for (const [name, value] of page.headers) response.setHeader(name, value);
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader('Content-Security-Policy', PLAIN_PAGE_POLICY);
  response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  response.setHeader('ETag', page.etag);
  response.setHeader('X-Dateline-Cache', 'hit');
  if (headerOf(request, 'if-none-match') === page.etag) {
    response.writeHead(304).end();
    return true;
  }
  let body = page.body;
  if (/\bgzip\b/.test(headerOf(request, 'accept-encoding') ?? '') && body.byteLength > 1024) {
    body = pageCache().gzipped(target.key, (plain) => zlib.gzipSync(plain, { level: 6 })) ?? body;
    if (body !== page.body) response.setHeader('Content-Encoding', 'gzip');
  }
  response.setHeader('Content-Length', body.byteLength);
  response.writeHead(page.status);
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
