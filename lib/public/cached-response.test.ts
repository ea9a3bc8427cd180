import { describe, expect, it } from 'vitest';
import { cacheable, pageFrom, serveCached, PUBLIC_CACHE_CONTROL } from './cached-response';
import { pageCache } from './page-cache';

const request = (path: string, init: RequestInit = {}) =>
  new Request(`http://127.0.0.1:3000${path}`, init);

describe('what the page cache serves', () => {
  it('serves GET and HEAD of public addresses, with query strings in a stable order', () => {
    expect(cacheable(request('/section/world?b=2&a=1'))).toEqual({
      key: '/section/world?a=1&b=2',
      tags: ['site', 'section:world'],
    });
    expect(cacheable(request('/feed.xml', { method: 'HEAD' }))?.key).toBe('/feed.xml');
  });

  it('never answers client navigation (RSC), writes, or the desk from cache', () => {
    expect(cacheable(request('/', { headers: { RSC: '1' } }))).toBeNull();
    expect(cacheable(request('/', { headers: { 'Next-Router-Prefetch': '1' } }))).toBeNull();
    expect(cacheable(request('/', { headers: { 'Next-Router-State-Tree': '%5B%5D' } }))).toBeNull();
    expect(cacheable(request('/?_rsc=1x2y'))).toBeNull();
    expect(cacheable(request('/', { method: 'POST' }))).toBeNull();
    expect(cacheable(request('/desk'))).toBeNull();
  });

  it('answers from the cache with public caching headers, a 304 for a known ETag, and no body for HEAD', async () => {
    pageCache().invalidate(['site']);
    let renders = 0;
    const resolve = async (_key: string, tags: string[]) => {
      renders++;
      return pageFrom(200, { 'content-type': 'text/plain' }, 'hello', tags);
    };
    const first = await serveCached(request('/tag/nato'), resolve);
    expect(first?.status).toBe(200);
    expect(first?.headers.get('x-dateline-cache')).toBe('miss');
    expect(first?.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(await first?.text()).toBe('hello');
    const etag = first!.headers.get('etag')!;

    const second = await serveCached(request('/tag/nato'), resolve);
    expect(second?.headers.get('x-dateline-cache')).toBe('hit');
    const revalidated = await serveCached(
      request('/tag/nato', { headers: { 'If-None-Match': etag } }),
      resolve,
    );
    expect(revalidated?.status).toBe(304);
    const head = await serveCached(request('/tag/nato', { method: 'HEAD' }), resolve);
    expect(await head?.text()).toBe('');
    expect(renders).toBe(1);
  });

  it('hands the request on to Next when rendering through the cache fails', async () => {
    const failing = async () => {
      throw new Error('connection refused');
    };
    expect(await serveCached(request('/tag/failing'), failing)).toBeNull();
    expect(await serveCached(request('/desk'), failing)).toBeNull();
  });
});
