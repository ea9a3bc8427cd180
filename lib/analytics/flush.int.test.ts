import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds, kindLabel } from '@/test/support/databases';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { queryRows } from '@/db/open';
import type { DatabaseHandle } from '@/db';
import { ViewCounter } from './counter';
import { flushViews, SITE } from './flush';
import { rollUpViews } from './rollup';

const HOUR = 3_600_000;

describe.each(testDatabaseKinds)('view counts on %s', (kind) => {
  let handle: DatabaseHandle;
  let published: string[];
  let draft: string;

  const hourly = () =>
    queryRows<{ story_id: string; hour: Date; views: number }>(
      handle.db,
      sql`select story_id, hour, views from story_views_hourly order by story_id, hour`,
    );

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    const rows = await queryRows<{ id: string; state: string }>(
      handle.db,
      sql`select id, state from stories order by id`,
    );
    published = rows.filter((r) => r.state === 'published').map((r) => r.id);
    draft = rows.find((r) => r.state !== 'published')!.id;
  }, 60_000);
  afterAll(() => handle.close());
  beforeEach(async () => {
    await handle.db.execute(sql`delete from story_views_hourly`);
    await handle.db.execute(sql`delete from story_views_daily`);
    await handle.db.execute(sql`delete from view_totals_hourly`);
  });

  /** Each hour's totals as the story rows add them up: site, sections and authors. */
  const totalsAgree = async () => {
    const [row] = await queryRows<{ wrong: number; totals: number }>(
      handle.db,
      sql`with expected as (
            select 'site' as dimension, ${SITE}::uuid as subject, hour, sum(views)::int as views
            from story_views_hourly group by hour
            union all
            select 'section', s.section_id, h.hour, sum(h.views)::int
            from story_views_hourly h join stories s on s.id = h.story_id
            where s.section_id is not null group by s.section_id, h.hour
            union all
            select 'author', sa.user_id, h.hour, sum(h.views)::int
            from story_views_hourly h join story_authors sa on sa.story_id = h.story_id
            group by sa.user_id, h.hour
          )
          select (select count(*) from (
                    (select dimension, subject, hour, views from expected
                     except select dimension, subject, hour, views from view_totals_hourly)
                    union all
                    (select dimension, subject, hour, views from view_totals_hourly
                     except select dimension, subject, hour, views from expected)) d)::int as wrong,
                 (select count(*) from view_totals_hourly)::int as totals`,
    );
    expect(row!.wrong).toBe(0);
    return row!.totals;
  };

  it(`aggregates views in memory and writes one row per story and hour (${kindLabel(kind)})`, async () => {
    let now = Date.UTC(2026, 5, 1, 9, 30);
    const counter = new ViewCounter(() => now);
    for (let i = 0; i < 40; i++) counter.record(published[0]!);
    counter.record(published[1]!);
    now += HOUR;
    counter.record(published[0]!);
    expect(await flushViews(handle.db, counter)).toBe(3);
    const rows = await hourly();
    expect(rows.map((r) => [r.story_id, new Date(r.hour).getTime(), r.views])).toEqual(
      expect.arrayContaining([
        [published[0], Date.UTC(2026, 5, 1, 9), 40],
        [published[0], Date.UTC(2026, 5, 1, 10), 1],
        [published[1], Date.UTC(2026, 5, 1, 9), 1],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(await totalsAgree()).toBeGreaterThanOrEqual(6); // two hours: site, section, author
    // Nothing is written twice: the next batch starts from zero.
    expect(await flushViews(handle.db, counter)).toBe(0);
  });

  it('adds later batches to the same row, and ignores ids of stories that are not public', async () => {
    const now = Date.UTC(2026, 5, 1, 9, 30);
    const counter = new ViewCounter(() => now);
    counter.record(published[0]!);
    await flushViews(handle.db, counter);
    counter.record(published[0]!);
    counter.record(published[0]!);
    counter.record(draft);
    counter.record('00000000-0000-4000-8000-000000000000');
    await flushViews(handle.db, counter);
    const rows = await hourly();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.views).toBe(3);
  });

  it('adds up two counters flushing into one database at once', async () => {
    const now = Date.UTC(2026, 5, 1, 9, 30);
    const a = new ViewCounter(() => now);
    const b = new ViewCounter(() => now);
    for (let round = 0; round < 5; round++) {
      for (const id of published.slice(0, 10)) {
        for (let i = 0; i < 3; i++) a.record(id);
        for (let i = 0; i < 2; i++) b.record(id);
      }
      // Concurrent upserts of the same rows (on PostgreSQL, on two connections of the pool).
      await Promise.all([flushViews(handle.db, a), flushViews(handle.db, b)]);
    }
    const rows = await hourly();
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.views).toBe(25);
    await totalsAgree();
  });

  it('keeps the counts of a failed write for the next one', async () => {
    const now = Date.UTC(2026, 5, 1, 9, 30);
    const counter = new ViewCounter(() => now);
    counter.record(published[0]!);
    const broken = {
      execute: () => Promise.reject(new Error('the database went away')),
    } as unknown as DatabaseHandle['db'];
    await expect(flushViews(broken, counter)).rejects.toThrow('went away');
    counter.record(published[0]!);
    await flushViews(handle.db, counter);
    expect((await hourly())[0]!.views).toBe(2);
  });

  it('rolls hourly rows older than 13 months into days, each view once, twice at a time', async () => {
    const old = Date.now() - 400 * 24 * HOUR;
    const day = old - (old % (24 * HOUR));
    const counter = new ViewCounter(() => day + 2 * HOUR);
    for (let i = 0; i < 7; i++) counter.record(published[0]!);
    await flushViews(handle.db, counter);
    const later = new ViewCounter(() => day + 5 * HOUR);
    for (let i = 0; i < 5; i++) later.record(published[0]!);
    later.record(published[1]!);
    const recent = new ViewCounter(() => Date.now());
    recent.record(published[0]!);
    await flushViews(handle.db, later);
    await flushViews(handle.db, recent);

    const moved = await Promise.all([rollUpViews(handle.db), rollUpViews(handle.db)]);
    expect(moved[0]! + moved[1]!).toBe(3);
    const daily = await queryRows<{ story_id: string; day: string; views: number }>(
      handle.db,
      sql`select story_id, day::text as day, views from story_views_daily order by views desc`,
    );
    const dayText = new Date(day).toISOString().slice(0, 10);
    expect(daily).toEqual([
      { story_id: published[0], day: dayText, views: 12 },
      { story_id: published[1], day: dayText, views: 1 },
    ]);
    // The recent hour stays hourly, and its totals are all that is left of them.
    expect(await hourly()).toHaveLength(1);
    await totalsAgree();
    expect(await rollUpViews(handle.db)).toBe(0);
  });
});
