// Instances sharing a page cache through Redis (REDIS_URL), on one PostgreSQL database: a page
// rendered on A is served by B from Redis without rendering; after a publish on A, B serves the
// new version within a second and never the old one from Redis; an instance started later serves
// cached pages on its first requests; and with Redis unreachable (B's connection to it goes
// through a TCP proxy that the test cuts), pages still answer 200 and the sharing resumes when it
// is back. The keys of the run carry a prefix of their own and are removed at the end.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { sections, stories } from '@/db/schema';
import { fileDemoStories, type FiledStory } from '@/test/support/newsroom';
import {
  DEMO_PASSWORD,
  EDITOR,
  seededDatabase,
  startInstance,
  type Instance,
  type SeededDatabase,
} from './instances';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { getPage, healthStatus, signInOverHttp, takeStep, until, type Page } from './client';

const REDIS_URL = process.env.TEST_REDIS_URL;
const PORTS = { a: 3641, b: 3642, c: 3643, bRedisProxy: 3651 };
/**
 * The product promises published pages on every instance within a second; the benchmark and the
 * log below measure that. The limit here is the suite's usual one, so a loaded machine cannot
 * fail the run, and still far below the hour a stale page would stay in Redis if the tier missed
 * an invalidation.
 */
const VISIBLE_WITHIN_MS = 5_000;

describe.skipIf(!process.env.TEST_DATABASE_URL || !REDIS_URL)(
  'instances sharing a page cache through Redis',
  () => {
    const prefix = `dateline-system-${crypto.randomBytes(6).toString('hex')}:`;
    let database: SeededDatabase;
    let redisProxy: TcpProxy;
    let redis: Redis;
    let a: Instance;
    let b: Instance;
    let c: Instance | undefined;
    let filed: FiledStory[];
    let editorCookie: string;
    let liveArticle: string;
    let section: string;

    // One public address for all, as behind a load balancer: pages are shared per address.
    const withRedis = (url: string) => ({
      REDIS_URL: url,
      REDIS_KEY_PREFIX: prefix,
      SITE_URL: 'http://dateline.test',
    });

    beforeAll(async () => {
      database = await seededDatabase();
      const { db } = database.handle;
      filed = await fileDemoStories(db, 2, 'Shared Dispatch');
      const [live] = await db
        .select({ slug: stories.slug })
        .from(stories)
        .where(eq(stories.state, 'published'))
        .orderBy(desc(stories.publishedAt))
        .limit(1);
      liveArticle = `/news/${live!.slug}`;
      // The section fileDemoStories files into: its page lists the story once it is published.
      const [first] = await db
        .select({ slug: sections.slug })
        .from(sections)
        .orderBy(asc(sections.position))
        .limit(1);
      section = first!.slug;
      redis = new Redis(REDIS_URL!);
      const target = new URL(REDIS_URL!);
      redisProxy = await startTcpProxy({
        port: PORTS.bRedisProxy,
        target: { host: target.hostname, port: Number(target.port || 6379) },
      });
      const common = { databaseUrl: database.url };
      [a, b] = await Promise.all([
        startInstance({ ...common, name: 'A', port: PORTS.a, env: withRedis(REDIS_URL!) }),
        startInstance({
          ...common,
          name: 'B',
          port: PORTS.b,
          env: withRedis(`redis://127.0.0.1:${PORTS.bRedisProxy}`),
        }),
      ]);
      editorCookie = await signInOverHttp(a.origin, EDITOR, DEMO_PASSWORD);
    });

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
      await redisProxy?.close();
      if (redis) {
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        await redis.quit();
      }
      await database?.drop();
    });

    it('serves on B, from Redis and without rendering, the pages A rendered', async () => {
      const draft = `/news/${filed[0]!.slug}`;
      for (const path of ['/', liveArticle, draft, '/feed.xml', `/section/${section}`]) {
        const onA = await getPage(a.origin, path);
        expect(onA.cache, `${path} on A`).toBe('miss');
        const onB = await getPage(b.origin, path);
        expect(onB.cache, `${path} on B`).toBe('shared');
        expect(onB.status).toBe(onA.status);
        expect(onB.text).toBe(onA.text);
        expect((await getPage(b.origin, path)).cache, `${path} again on B`).toBe('hit');
      }
      expect((await getPage(b.origin, draft)).status).toBe(404);
    });

    it('serves cached pages from the first request of an instance started later', async () => {
      const paths = ['/', liveArticle, `/news/${filed[0]!.slug}`, '/feed.xml'];
      const onA = await Promise.all(paths.map((path) => getPage(a.origin, path)));
      c = await startInstance({
        name: 'C',
        port: PORTS.c,
        databaseUrl: database.url,
        env: withRedis(REDIS_URL!),
      });
      for (const [i, path] of paths.entries()) {
        const first = await getPage(c.origin, path);
        expect(first.cache, `${path}: first request on C`).toBe('shared');
        expect(first.status).toBe(onA[i]!.status);
        expect(first.text).toBe(onA[i]!.text);
        console.log(`C, just started: ${path} from Redis in ${first.ms} ms`);
      }
    });

    it('after a publish on A: the new page on B within a second, the old one from Redis nowhere', async () => {
      const story = filed[0]!;
      const article = `/news/${story.slug}`;
      // B and C hold the front page and the article (a 404) in memory from the tests before; the
      // news sitemap only A rendered, so they have to look in Redis for it.
      const paths = ['/', article, '/news-sitemap.xml'];
      const readers = [b, c!];
      expect((await getPage(a.origin, '/news-sitemap.xml')).cache).toBe('miss');
      const isNew = (path: string, page: Page) =>
        path === article ? page.status === 200 : page.text.includes(article);
      for (const path of paths) expect(isNew(path, await getPage(a.origin, path))).toBe(false);

      const started = performance.now();
      const published = await takeStep(a.origin, editorCookie, story.id, {
        transition: 'publish',
        baseVersion: story.version,
      });
      story.version = published.version;
      const answered = performance.now();

      const seen: { where: string; page: Page; fresh: boolean }[] = [];
      const look = async (instances: Instance[]) => {
        const asked = instances.flatMap((reader) => paths.map((path) => ({ reader, path })));
        const pages = await Promise.all(
          asked.map(({ reader, path }) => getPage(reader.origin, path)),
        );
        pages.forEach((page, i) => {
          const { reader, path } = asked[i]!;
          seen.push({ where: `${path} on ${reader.name}`, page, fresh: isNew(path, page) });
        });
        return pages.every((page, i) => isNew(asked[i]!.path, page));
      };
      await until('the story on every page of B', () => look([b]), {
        timeoutMs: VISIBLE_WITHIN_MS,
      });
      console.log(
        `publish on A visible on every page of B ${Math.round(performance.now() - started)} ms ` +
          `after the request was sent (${Math.round(performance.now() - answered)} ms after it answered)`,
      );
      // C, just started, has rendered none of these pages yet (it took them all from Redis): its
      // first renders load their code, so it is given the suite's usual limit.
      await until('the story on every page of C', () => look([c!]), { timeoutMs: 5_000 });
      console.log(`… and of C ${Math.round(performance.now() - answered)} ms after it answered`);
      // Then they keep serving the new version, from memory or Redis, and so does A.
      for (let round = 0; round < 5; round++) await look(readers);
      for (const path of paths) expect(isNew(path, await getPage(a.origin, path))).toBe(true);

      const staleFromRedis = seen.filter(({ page, fresh }) => page.cache === 'shared' && !fresh);
      expect(staleFromRedis.map(({ where }) => where)).toEqual([]);
      for (const where of new Set(seen.map((entry) => entry.where))) {
        const answers = seen.filter((entry) => entry.where === where).map(({ fresh }) => fresh);
        const first = answers.indexOf(true);
        expect(first, `${where}: never new`).toBeGreaterThanOrEqual(0);
        expect(answers.slice(first), `${where}: old again after new`).not.toContain(false);
      }
    });

    it('answers 200 with Redis unreachable, and shares again once it is back', async () => {
      const story = filed[1]!;
      const article = `/news/${story.slug}`;
      const unseen = `/search?q=${crypto.randomBytes(4).toString('hex')}`;
      await redisProxy.cut();
      try {
        // In B's memory, and never before rendered anywhere: both answer.
        expect((await getPage(b.origin, '/')).status).toBe(200);
        const rendered = await getPage(b.origin, unseen);
        expect(rendered.status).toBe(200);
        expect(rendered.cache).toBe('miss');
        console.log(`Redis cut: a page B had never seen rendered in ${rendered.ms} ms`);

        // A publishes; B, which cannot reach Redis, still shows the change.
        const published = await takeStep(a.origin, editorCookie, story.id, {
          transition: 'publish',
          baseVersion: story.version,
        });
        story.version = published.version;
        await until(
          'the story on B without Redis',
          async () => {
            const [front, page] = await Promise.all([
              getPage(b.origin, '/'),
              getPage(b.origin, article),
            ]);
            return page.status === 200 && front.status === 200 && front.text.includes(article);
          },
          { timeoutMs: VISIBLE_WITHIN_MS },
        );
        expect(await healthStatus(b.origin)).toBe(200);
        expect(b.output()).toContain('shared page cache: Redis unavailable');
      } finally {
        await redisProxy.restore();
      }

      // Back: a page A renders is served by B from Redis again.
      let probe = 0;
      const waited = await until(
        'B reading Redis again',
        async () => {
          const path = `/search?q=back-${probe++}`;
          await getPage(a.origin, path);
          return (await getPage(b.origin, path)).cache === 'shared';
        },
        { timeoutMs: 5_000, everyMs: 50 },
      );
      console.log(`Redis restored: B served a shared page again after ${waited} ms`);
      expect(b.output()).toContain('shared page cache: Redis is back');
      // B's pages show the story published while it was cut off; A's too.
      for (const origin of [a.origin, b.origin]) {
        expect((await getPage(origin, article)).status).toBe(200);
        expect((await getPage(origin, '/')).text).toContain(article);
      }
    });
  },
);
