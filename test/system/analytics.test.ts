// Views counted through the production front: nginx keeps the article page, so most readers never
// reach an instance for it; the view beacon is `no-store` under /api, so every reading's beacon
// does, whichever instance nginx picks, and the two instances' counts add up in one database. A
// crawler's beacon is answered and not counted, and an instance stopped with SIGTERM writes the
// counts it still held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/open';
import { nginxAvailable, startFront, type RunningNginx } from '@/deploy/front';
import { seededDatabase, startInstance, type Instance, type SeededDatabase } from './instances';
import { until } from './client';

const FRONT_PORT = 3691;
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const CRAWLER = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe.skipIf(!process.env.TEST_DATABASE_URL || !nginxAvailable())(
  'views counted through the nginx front',
  () => {
    let database: SeededDatabase;
    let a: Instance;
    let b: Instance;
    let front: RunningNginx;
    let via: string;
    let story: { id: string; slug: string };
    let other: { id: string; slug: string };

    const viewsOf = async (id: string) => {
      const [row] = await queryRows<{ views: number }>(
        database.handle.db,
        sql`select coalesce(sum(views), 0)::int as views from story_views_hourly
            where story_id = ${id}`,
      );
      return row!.views;
    };

    /** A reader: the page (from the front's copy, mostly), then the image the page names. */
    const readThroughFront = async (slug: string, agent = BROWSER) => {
      const page = await fetch(`${via}/news/${slug}`, { headers: { 'user-agent': agent } });
      const html = await page.text();
      const beacon = /<img src="(\/api\/views\/[0-9a-f-]+)"/.exec(html)![1]!;
      const pixel = await fetch(`${via}${beacon}`, { headers: { 'user-agent': agent } });
      await pixel.arrayBuffer();
      return { front: page.headers.get('x-front-cache'), pixel };
    };

    beforeAll(async () => {
      database = await seededDatabase();
      const env = { ANALYTICS_FLUSH_MS: '200', PUBLIC_SHARED_MAX_AGE: '30' };
      [a, b] = await Promise.all([
        startInstance({ name: 'A', port: 3641, databaseUrl: database.url, env }),
        startInstance({ name: 'B', port: 3642, databaseUrl: database.url, env }),
      ]);
      front = await startFront(FRONT_PORT, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]);
      via = `http://127.0.0.1:${FRONT_PORT}`;
      const rows = await queryRows<{ id: string; slug: string }>(
        database.handle.db,
        sql`select id, slug from stories where state = 'published'
            order by published_at desc limit 2`,
      );
      [story, other] = [rows[0]!, rows[1]!];
    });

    afterAll(async () => {
      await front?.stop();
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.drop();
    });

    it('counts every reading, though the front serves the page from its copy', async () => {
      const answers = [];
      for (let i = 0; i < 40; i++) answers.push(await readThroughFront(story.slug));
      // The page came from the front's cache; the beacon never did.
      expect(answers.filter((r) => r.front === 'HIT').length).toBeGreaterThan(30);
      for (const { pixel } of answers) {
        expect(pixel.status).toBe(200);
        expect(pixel.headers.get('content-type')).toBe('image/gif');
        expect(pixel.headers.get('cache-control')).toBe('no-store');
        expect(pixel.headers.get('x-front-cache')).toBeNull();
        expect(pixel.headers.get('set-cookie')).toBeNull();
      }
      const ms = await until('40 views written', async () => (await viewsOf(story.id)) === 40);
      console.log(`analytics: 40 views through the front written within ${ms} ms`);
      // Both instances counted some of them (nginx balances round-robin), and they added up.
      expect(a.output() + b.output()).not.toMatch(/dateline: views:/);
    });

    it('answers a crawler, a prefetch and a HEAD request without counting them', async () => {
      for (let i = 0; i < 10; i++) await readThroughFront(other.slug, CRAWLER);
      const beacon = `${via}/api/views/${other.id}`;
      await fetch(beacon, { headers: { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' } });
      await fetch(beacon, { method: 'HEAD', headers: { 'user-agent': BROWSER } });
      // One real reading after them: once it is written, the others would have been too.
      await readThroughFront(other.slug);
      await until('the reading written', async () => (await viewsOf(other.id)) >= 1);
      await new Promise((resolve) => setTimeout(resolve, 500)); // two more flush intervals
      expect(await viewsOf(other.id)).toBe(1);
    });

    it('writes the counts it still holds when stopped with SIGTERM', async () => {
      const slow = await startInstance({
        name: 'C',
        port: 3643,
        databaseUrl: database.url,
        env: { ANALYTICS_FLUSH_MS: '600000' },
      });
      const before = await viewsOf(other.id);
      for (let i = 0; i < 7; i++) {
        const pixel = await fetch(`${slow.origin}/api/views/${other.id}`, {
          headers: { 'user-agent': BROWSER },
        });
        await pixel.arrayBuffer();
      }
      expect(await viewsOf(other.id)).toBe(before);
      await slow.stop();
      expect(await viewsOf(other.id)).toBe(before + 7);
    });
  },
);
