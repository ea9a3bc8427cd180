// The shared tier against a real Redis (TEST_REDIS_URL): two SharedPageCache objects stand for
// two instances. Every run uses keys of its own and removes them at the end. Redis going away and
// coming back goes through the system suite's TCP proxy, never the real server.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { until } from '@/test/system/client';
import { startTcpProxy, type TcpProxy } from '@/test/system/tcp-proxy';
import { pageFrom } from './page';
import type { CachedPage } from './memory';
import { SHARED_PAGE_MAX_BYTES, SHARED_PAGE_TTL_MS, SharedPageCache } from './shared';
import { connectRedis } from './redis';

const REDIS_URL = process.env.TEST_REDIS_URL;
/** Ports of this file's proxy and of an address where nothing listens. */
const PROXY_PORT = 3658;
const NOTHING_PORT = 3659;
const TAGS = ['site', 'story:budget-vote', 'latest'];
const SITE = 'https://news.example.org';

describe.skipIf(!REDIS_URL)('the shared page cache on Redis', () => {
  const prefix = `dateline-test-${crypto.randomBytes(6).toString('hex')}:`;
  const caches: SharedPageCache[] = [];
  let raw: Redis;
  let proxy: TcpProxy;

  /** An instance's shared tier, connected. */
  async function instance(url = REDIS_URL!): Promise<SharedPageCache> {
    const cache = new SharedPageCache(connectRedis(url, 'dateline-test'), {
      prefix,
      build: 'test',
      site: SITE,
    });
    caches.push(cache);
    if (cache.redis.status !== 'ready') {
      await new Promise((resolve) => cache.redis.once('ready', resolve));
    }
    return cache;
  }

  const page = (text: string, tags = TAGS): CachedPage =>
    pageFrom(200, { 'content-type': 'text/html; charset=utf-8' }, text, tags);
  const renders = (text: string) => {
    const made: CachedPage[] = [];
    const render = async () => {
      const rendered = page(text);
      made.push(rendered);
      return rendered;
    };
    return { made, render };
  };
  const pageKey = (key: string) => `${prefix}page:test:${SITE}${key}`;
  const versionKey = (tag: string) => `${prefix}tag:${tag}`;
  /** Whether `cache` currently finds the page at `key` in Redis. */
  const finds = async (cache: SharedPageCache, key: string, tags = TAGS) =>
    (await cache.lookup(key, tags))?.page != null;

  beforeAll(async () => {
    raw = new Redis(REDIS_URL!);
    const target = new URL(REDIS_URL!);
    proxy = await startTcpProxy({
      port: PROXY_PORT,
      target: { host: target.hostname, port: Number(target.port || 6379) },
    });
  });

  afterAll(async () => {
    await Promise.all(caches.map((cache) => cache.close()));
    await proxy?.close();
    if (raw) {
      const keys = await raw.keys(`${prefix}*`);
      if (keys.length) await raw.del(...keys);
      await raw.quit();
    }
  });

  it('serves to a second instance, without rendering, a page the first rendered', async () => {
    const [a, b] = [await instance(), await instance()];
    const onA = renders('<p>Budget vote</p>');
    const rendered = await a.fill('/news/budget-vote', TAGS, onA.render);
    expect(onA.made).toHaveLength(1);
    expect(a.cameFromRedis(rendered!)).toBe(false);
    await until(
      'the page in Redis',
      async () => (await raw.exists(pageKey('/news/budget-vote'))) === 1,
    );

    const onB = renders('<p>rendered on B</p>');
    const shared = await b.fill('/news/budget-vote', TAGS, onB.render);
    expect(onB.made).toHaveLength(0);
    expect(b.cameFromRedis(shared!)).toBe(true);
    expect(new TextDecoder().decode(shared!.body)).toBe('<p>Budget vote</p>');
    expect(shared!.etag).toBe(rendered!.etag);
    expect(shared!.headers).toEqual(rendered!.headers);
    expect(shared!.tags).toEqual(TAGS);
  });

  it('shares a page only between instances of one build and one public address', async () => {
    const a = await instance();
    await a.fill('/news/harbour', TAGS, renders('<p>harbour</p>').render);
    await until('the page in Redis', () => finds(a, '/news/harbour'));
    for (const other of [
      { build: 'next-build', site: SITE },
      { build: 'test', site: 'https://other.example.org' },
    ]) {
      const elsewhere = new SharedPageCache(connectRedis(REDIS_URL!, 'dateline-test'), {
        prefix,
        ...other,
      });
      caches.push(elsewhere);
      await new Promise((resolve) => elsewhere.redis.once('ready', resolve));
      expect(await finds(elsewhere, '/news/harbour'), JSON.stringify(other)).toBe(false);
    }
  });

  it('never serves a page after an invalidation of one of its tags, on any instance', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.fill('/news/tax-plan', TAGS, renders('<p>old</p>').render);
    await until('B finding the page', () => finds(b, '/news/tax-plan'));

    a.invalidate(['latest']);
    // A itself, at once: it does not even ask Redis until its deletion is done.
    expect(await a.lookup('/news/tax-plan', TAGS)).toBeNull();
    // B, once the deletion is in Redis (B would apply the invalidation itself within a poll).
    await until('B missing the page', async () => !(await finds(b, '/news/tax-plan')));
    await until(
      'A asking Redis again',
      async () => (await a.lookup('/news/tax-plan', TAGS)) !== null,
    );
    expect(await finds(a, '/news/tax-plan')).toBe(false);

    const again = renders('<p>new</p>');
    const fresh = await b.fill('/news/tax-plan', TAGS, again.render);
    expect(again.made).toHaveLength(1);
    expect(new TextDecoder().decode(fresh!.body)).toBe('<p>new</p>');
  });

  it('deletes once per invalidation, however many instances apply it', async () => {
    const [a, b, later] = [await instance(), await instance(), await instance()];
    const id = `${crypto.randomInt(1e9)}@${Date.now()}`;
    const tags = ['site', 'story:summit', 'latest'];
    a.invalidate(['story:summit', 'latest'], id);
    await until('A’s deletion done', async () => (await a.lookup('/news/summit', tags)) !== null);
    await b.fill('/news/summit', tags, renders('<p>summit, after the change</p>').render);
    await until('the page stored', async () => (await raw.exists(pageKey('/news/summit'))) === 1);

    // An instance starting now applies the same invalidation again (the last 30 s of the outbox).
    later.invalidate(['story:summit', 'latest'], id);
    await until(
      'the later deletion done',
      async () => (await later.lookup('/news/summit', tags)) !== null,
    );
    expect(await finds(later, '/news/summit', tags)).toBe(true);
    expect(await finds(b, '/news/summit', tags)).toBe(true);

    // One that no instance had applied (its publisher crashed before Redis) is deleted.
    later.invalidate(['story:summit'], `${id}-other`);
    await until('the page a miss', async () => !(await finds(b, '/news/summit', tags)));
  });

  it('does not serve a render that began before an invalidation, stored after it', async () => {
    const [a, b] = [await instance(), await instance()];
    // A reads the versions, then renders slowly; meanwhile B applies an invalidation.
    const before = await a.lookup('/section/politics', ['site', 'section:politics']);
    expect(before?.page).toBeNull();
    b.invalidate(['section:politics']);
    await until(
      'the version deleted',
      async () => (await raw.exists(versionKey('section:politics'))) === 0,
    );
    a.store(
      '/section/politics',
      page('<p>old list</p>', ['site', 'section:politics']),
      before!.versions,
    );
    await until(
      'the page stored',
      async () => (await raw.exists(pageKey('/section/politics'))) === 1,
    );

    expect(await finds(b, '/section/politics', ['site', 'section:politics'])).toBe(false);
    expect(await finds(a, '/section/politics', ['site', 'section:politics'])).toBe(false);
  });

  it('shares nothing that was rendered while one of its tags was invalidated here', async () => {
    const a = await instance();
    const answered = await a.fill('/tag/elections', ['site', 'tag:elections'], async () => {
      a.invalidate(['tag:elections']);
      return pageFrom(200, {}, 'rendered across an invalidation', ['site', 'tag:elections']);
    });
    expect(answered).not.toBeNull();
    // Something stored later by A (a second page) shows the first was skipped, not just slow.
    await a.fill('/tag/markets', ['site', 'tag:markets'], renders('<p>markets</p>').render);
    await until(
      'the later page stored',
      async () => (await raw.exists(pageKey('/tag/markets'))) === 1,
    );
    expect(await raw.exists(pageKey('/tag/elections'))).toBe(0);
  });

  it('keeps pages for an hour, and pages over the size limit in memory only', async () => {
    const a = await instance();
    await a.fill('/feed.xml', ['site', 'feeds'], renders('<rss/>').render);
    const big = 'x'.repeat(SHARED_PAGE_MAX_BYTES + 1);
    await a.fill('/search?q=big', ['site', 'search'], async () =>
      pageFrom(200, {}, big, ['site', 'search']),
    );
    await a.fill('/search?q=small', ['site', 'search'], renders('<p>small</p>').render);
    await until(
      'the small page stored',
      async () => (await raw.exists(pageKey('/search?q=small'))) === 1,
    );
    expect(await raw.exists(pageKey('/search?q=big'))).toBe(0);
    const ttl = await raw.pttl(pageKey('/feed.xml'));
    expect(ttl).toBeGreaterThan(SHARED_PAGE_TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(SHARED_PAGE_TTL_MS);
  });

  it('treats a value it cannot read as a miss', async () => {
    const a = await instance();
    await a.lookup('/author/ada', ['site', 'author:ada']); // gives the tags versions
    await raw.set(pageKey('/author/ada'), 'not an entry');
    const onA = renders('<p>author</p>');
    await a.fill('/author/ada', ['site', 'author:ada'], onA.render);
    expect(onA.made).toHaveLength(1);
  });

  it('renders at once, and throws nothing, when Redis does not answer', async () => {
    const nowhere = new SharedPageCache(
      connectRedis(`redis://127.0.0.1:${NOTHING_PORT}`, 'dateline-test'),
      { prefix, build: 'test', site: SITE },
    );
    caches.push(nowhere);
    const started = performance.now();
    const onIt = renders('<p>local</p>');
    const answered = await nowhere.fill('/news/anything', TAGS, onIt.render);
    expect(onIt.made).toHaveLength(1);
    expect(nowhere.cameFromRedis(answered!)).toBe(false);
    nowhere.invalidate(['latest']); // fails quietly and is retried
    expect(await nowhere.lookup('/news/anything', TAGS)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives up on a slow Redis within its timeout and renders', async () => {
    const b = await instance();
    await b.fill('/news/slow', TAGS, renders('<p>slow</p>').render);
    const slow = await instance(`redis://127.0.0.1:${PROXY_PORT}`);
    await until('the page readable through the proxy', () => finds(slow, '/news/slow'));
    proxy.setLatency(500);
    try {
      const started = performance.now();
      const onSlow = renders('<p>rendered here</p>');
      await slow.fill('/news/slow', TAGS, onSlow.render);
      const ms = performance.now() - started;
      expect(onSlow.made).toHaveLength(1);
      expect(ms).toBeLessThan(400);
      console.log(`shared cache: a read of a Redis 500 ms away gave up after ${Math.round(ms)} ms`);
    } finally {
      proxy.setLatency(0);
    }
  });

  it('makes an invalidation applied while Redis was away reach it once it is back', async () => {
    const a = await instance(`redis://127.0.0.1:${PROXY_PORT}`);
    const b = await instance();
    const tags = ['site', 'story:ceasefire', 'latest'];
    await b.fill('/news/ceasefire', tags, renders('<p>ceasefire</p>').render);
    await until('A finding the page', () => finds(a, '/news/ceasefire', tags));

    await proxy.cut();
    a.invalidate(['story:ceasefire']);
    // A never reads the page from Redis again until its deletion has landed.
    expect(await a.lookup('/news/ceasefire', tags)).toBeNull();
    // B has not applied the invalidation yet (it would within a poll): Redis still says current.
    expect(await finds(b, '/news/ceasefire', tags)).toBe(true);

    await proxy.restore();
    const waited = await until(
      'the deletion retried',
      async () => !(await finds(b, '/news/ceasefire', tags)),
      { timeoutMs: 5_000 },
    );
    await until(
      'A asking Redis again',
      async () => (await a.lookup('/news/ceasefire', tags)) !== null,
    );
    console.log(
      `shared cache: an invalidation made during an outage reached Redis ${waited} ms after ` +
        'it was back',
    );
  });

  it('deletes again, on reconnection, what it invalidated within the hour', async () => {
    const a = await instance(`redis://127.0.0.1:${PROXY_PORT}`);
    const b = await instance();
    const tags = ['site', 'story:floods'];
    const versionsBefore = (await b.lookup('/news/floods', tags))!.versions;
    await b.fill('/news/floods', tags, renders('<p>floods</p>').render);
    await until('the page stored', async () => (await raw.exists(pageKey('/news/floods'))) === 1);

    a.invalidate(['story:floods']);
    await until('A’s deletion done', async () => (await a.lookup('/news/floods', tags)) !== null);
    // Redis loses that deletion (restarted from an older snapshot, failed over to a replica).
    await raw.set(versionKey('story:floods'), versionsBefore['story:floods']!);
    expect(await finds(b, '/news/floods', tags)).toBe(true);

    await proxy.cut();
    await proxy.restore();
    await until('the deletion made again', async () => !(await finds(b, '/news/floods', tags)), {
      timeoutMs: 5_000,
    });
  });

  it('adds little to a miss: the time of a read from Redis', async () => {
    const [a, b] = [await instance(), await instance()];
    const paragraph = '<p>A paragraph of a dispatch, as long as most are.</p>';
    const article = `<article>${paragraph.repeat(1200)}</article>`;
    await a.fill('/news/long-read', TAGS, async () => page(article));
    await until('the page in Redis', () => finds(b, '/news/long-read'));
    const hits: number[] = [];
    const misses: number[] = [];
    for (let i = 0; i < 200; i++) {
      let started = performance.now();
      await b.lookup('/news/long-read', TAGS);
      hits.push(performance.now() - started);
      started = performance.now();
      await b.lookup(`/news/not-there-${i}`, TAGS);
      misses.push(performance.now() - started);
    }
    const at = (times: number[], q: number) =>
      [...times].sort((x, y) => x - y)[Math.floor(q * (times.length - 1))]!.toFixed(2);
    console.log(
      `shared cache: a ${Math.round(article.length / 1024)} KB page read from Redis in ` +
        `${at(hits, 0.5)} ms (p50), ${at(hits, 0.99)} ms (p99); a miss costs ${at(misses, 0.5)} ms ` +
        `(p50), ${at(misses, 0.99)} ms (p99)`,
    );
  });
});
