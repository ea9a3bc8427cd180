import { describe, expect, it, vi } from 'vitest';
import { PageCache, type CachedPage } from './memory';

const page = (text: string, tags: string[]): CachedPage => ({
  status: 200,
  headers: [['content-type', 'text/html']],
  body: new TextEncoder().encode(text),
  etag: `"${text}"`,
  tags,
});

describe('the page cache', () => {
  it('keeps a rendered page and answers from it until one of its tags is invalidated', async () => {
    const cache = new PageCache(1024 * 1024);
    let renders = 0;
    const render = async () => (renders++, page('article', ['site', 'story:a', 'latest']));
    expect(cache.get('/news/a')).toBeUndefined();
    await cache.fill('/news/a', render);
    expect(cache.get('/news/a')?.etag).toBe('"article"');
    expect(cache.invalidate(['section:world'])).toEqual([]);
    expect(cache.get('/news/a')).toBeDefined();
    expect(cache.invalidate(['latest'])).toEqual(['/news/a']);
    expect(cache.get('/news/a')).toBeUndefined();
    expect(renders).toBe(1);
  });

  it('renders once for many readers arriving together', async () => {
    const cache = new PageCache(1024 * 1024);
    let renders = 0;
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const render = async () => {
      renders++;
      await gate;
      return page('front', ['site', 'front']);
    };
    const readers = Array.from({ length: 20 }, () => cache.fill('/', render));
    finish();
    const pages = await Promise.all(readers);
    expect(renders).toBe(1);
    expect(new Set(pages.map((p) => p?.etag))).toEqual(new Set(['"front"']));
  });

  it('does not keep a page whose render began before its story changed', async () => {
    const cache = new PageCache(1024 * 1024);
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const filling = cache.fill('/news/a', async () => {
      await gate;
      return page('old text', ['site', 'story:a']);
    });
    cache.invalidate(['story:a']); // published while the old text was rendering
    finish();
    expect((await filling)?.etag).toBe('"old text"'); // the reader who asked still gets an answer
    expect(cache.get('/news/a')).toBeUndefined(); // but the next one gets a fresh render
    // A render that begins after the change is kept.
    await cache.fill('/news/a', async () => page('new text', ['site', 'story:a']));
    expect(cache.get('/news/a')?.etag).toBe('"new text"');
  });

  it('keeps nothing a render refuses, and lets the next reader try again', async () => {
    const cache = new PageCache(1024 * 1024);
    expect(await cache.fill('/broken', async () => null)).toBeNull();
    expect(cache.get('/broken')).toBeUndefined();
    await expect(
      cache.fill('/failing', async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    await cache.fill('/failing', async () => page('back', ['site']));
    expect(cache.get('/failing')?.etag).toBe('"back"');
  });

  it('drops the least recently used pages beyond its size', async () => {
    const cache = new PageCache(400);
    const text = 'x'.repeat(90);
    for (const key of ['/a', '/b', '/c']) await cache.fill(key, async () => page(text, ['site']));
    cache.get('/a'); // read lately: kept
    await cache.fill('/d', async () => page(text, ['site']));
    await cache.fill('/e', async () => page(text, ['site']));
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(400);
    // A page larger than a quarter of the cache is served but never kept.
    await cache.fill('/huge', async () => page('y'.repeat(200), ['site']));
    expect(cache.get('/huge')).toBeUndefined();
  });

  it('counts a gzipped copy against its size, makes it once, and drops it with the page', async () => {
    const cache = new PageCache(700);
    await cache.fill('/a', async () => page('a'.repeat(150), ['site']));
    await cache.fill('/b', async () => page('b'.repeat(150), ['site']));
    let compressions = 0;
    // A stand-in compressor whose output is large enough to push the cache over its size.
    const compress = () => (compressions++, new Uint8Array(450));
    expect(cache.get('/a')).toBeDefined(); // a reader asks: /a is now the most recent
    expect(cache.gzipped('/a', compress)).toHaveLength(450);
    expect(cache.gzipped('/a', compress)).toHaveLength(450);
    expect(compressions).toBe(1);
    expect(cache.gzipped('/missing', compress)).toBeUndefined();
    // 152 + 152 + 450 is over 700: the least recently used page went.
    expect(cache.stats().bytes).toBe(152 + 450);
    expect(cache.get('/b')).toBeUndefined();
    cache.invalidate(['site']);
    // The invalidated page stays aside as a stale copy, still counted, and no longer a hit.
    expect(cache.stats()).toMatchObject({ pages: 0, stale: 1, bytes: 152 + 450 });
    expect(cache.peek('/a')).toBeUndefined();
    expect(cache.staleCopy('/a')?.body).toHaveLength(150);
    // A new page under the same key replaces its stale copy.
    await cache.fill('/a', async () => page('c'.repeat(50), ['site']));
    expect(cache.stats()).toMatchObject({ pages: 1, stale: 0, bytes: 52 });
  });

  it('keeps a stale copy for 30 seconds only, and evicts stale copies before pages', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PageCache(640);
      await cache.fill('/old', async () => page('o'.repeat(150), ['story:old']));
      cache.invalidate(['story:old']);
      for (const key of ['/x', '/y', '/z']) {
        await cache.fill(key, async () => page(key.repeat(75), ['site']));
      }
      expect(cache.staleCopy('/old')).toBeDefined();
      // Over the size: the stale copy goes first, the least recent page stays.
      await cache.fill('/w', async () => page('w'.repeat(150), ['site']));
      expect(cache.staleCopy('/old')).toBeUndefined();
      expect(cache.peek('/x')).toBeDefined();
      cache.invalidate(['site']);
      vi.advanceTimersByTime(30_001);
      expect(cache.staleCopy('/x')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops everything on the site tag', async () => {
    const cache = new PageCache(1024 * 1024);
    await cache.fill('/', async () => page('front', ['site', 'front']));
    await cache.fill('/feed.xml', async () => page('feed', ['site', 'feeds']));
    expect(cache.invalidate(['site'])).toEqual(['/', '/feed.xml']);
    expect(cache.stats().pages).toBe(0);
  });
});
