import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHit } from './fast-path';
import { pageCache } from './page-cache';

describe('cache hits answered before Next', () => {
  let server: http.Server;
  let origin: string;
  const body = `<!doctype html><h1>Talks resume</h1>${'<p>Negotiators met again.</p>'.repeat(100)}`;

  beforeAll(async () => {
    // What the server does with anything it cannot answer itself: hand it on (here, a marker).
    server = http.createServer((request, response) => {
      if (!serveHit(request, response)) response.writeHead(599).end('handed on');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pageCache().invalidate(['site']);
    await pageCache().fill('/tag/diplomacy', async () => ({
      status: 200,
      headers: [['content-type', 'text/html; charset=utf-8']],
      body: new TextEncoder().encode(body),
      etag: '"talks-v1"',
      tags: ['site', 'tag:diplomacy'],
    }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves a cached page with the public caching and security headers', async () => {
    const response = await fetch(`${origin}/tag/diplomacy`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('x-dateline-cache')).toBe('hit');
    expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=1/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBe('"talks-v1"');
  });

  it('answers 304 to a reader who has it, and gzip to one who accepts it', async () => {
    const again = await fetch(`${origin}/tag/diplomacy`, {
      headers: { 'if-none-match': '"talks-v1"' },
    });
    expect(again.status).toBe(304);
    const raw = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve) => {
      http.get(`${origin}/tag/diplomacy`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        );
      });
    });
    expect(raw.encoding).toBe('gzip');
    expect(zlib.gunzipSync(raw.bytes).toString()).toBe(body);
  });

  it('hands on misses, writes, client navigation and the desk', async () => {
    const handedOn = async (path: string, init?: RequestInit) =>
      (await fetch(`${origin}${path}`, init)).status === 599;
    expect(await handedOn('/tag/elections')).toBe(true);
    expect(await handedOn('/tag/diplomacy', { method: 'POST' })).toBe(true);
    expect(await handedOn('/tag/diplomacy', { headers: { RSC: '1' } })).toBe(true);
    expect(await handedOn('/tag/diplomacy?_rsc=abc')).toBe(true);
    expect(await handedOn('/desk')).toBe(true);
    pageCache().invalidate(['tag:diplomacy']);
    expect(await handedOn('/tag/diplomacy')).toBe(true);
  });
});
