import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { queryRows } from '@/db/open';
import type { DatabaseHandle } from '@/db';
import type { Actor } from '@/lib/permissions';
import { ViewCounter } from '../counter';
import { flushViews } from '../flush';
import { readingNow } from './reading-now';
import { NEWSROOM_REPORTS, storyReport, type NewsroomReport } from './reports';
import { topStories, viewsByDay, viewsByHour } from './traffic';

describe.each(testDatabaseKinds)('desk analytics on %s', (kind) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let reporter: Actor;
  let own: string;
  let others: string;
  const counter = new ViewCounter();

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    editor = await createTestStaff(handle, 'editor');
    const [mine] = await queryRows<{ id: string; user_id: string }>(
      handle.db,
      sql`select s.id, sa.user_id from stories s join story_authors sa on sa.story_id = s.id
          where s.state = 'published' order by s.published_at desc limit 1`,
    );
    reporter = { id: mine!.user_id, role: 'correspondent', active: true };
    own = mine!.id;
    const [theirs] = await queryRows<{ id: string }>(
      handle.db,
      sql`select s.id from stories s where s.state = 'published' and not exists
            (select 1 from story_authors sa where sa.story_id = s.id and sa.user_id = ${reporter.id})
          limit 1`,
    );
    others = theirs!.id;
    for (let i = 0; i < 30; i++) counter.record(own);
    for (let i = 0; i < 12; i++) counter.record(others);
    await flushViews(handle.db, counter);
  }, 60_000);
  afterAll(() => handle.close());

  const sum = (points: { views: number }[]) => points.reduce((a, p) => a + p.views, 0);

  it('shows editors the newsroom and a correspondent their own stories only', async () => {
    const hours = await viewsByHour(handle.db, editor);
    expect(hours).toHaveLength(48);
    expect(sum(hours)).toBe(42);
    expect(sum(await viewsByHour(handle.db, reporter))).toBe(30);
    expect(sum(await viewsByDay(handle.db, editor))).toBe(42);
    expect((await viewsByDay(handle.db, reporter)).at(-1)!.views).toBe(30);
    expect((await topStories(handle.db, editor, 'today')).map((s) => s.id)).toEqual([own, others]);
    expect((await topStories(handle.db, reporter, 'week')).map((s) => s.id)).toEqual([own]);
  });

  it('counts reading now from this instance’s last minutes, in view', async () => {
    expect(await readingNow(handle.db, editor, counter)).toBe(42);
    expect(await readingNow(handle.db, reporter, counter)).toBe(30);
    // Views another instance wrote this hour are estimated from the hour's rate (at most all).
    const other = new ViewCounter();
    for (let i = 0; i < 10; i++) other.record(others);
    await flushViews(handle.db, other);
    const estimate = await readingNow(handle.db, editor, counter);
    expect(estimate).toBeGreaterThan(42);
    expect(estimate).toBeLessThanOrEqual(52);
  });

  it('runs every report for both roles, scoped', async () => {
    for (const name of Object.keys(NEWSROOM_REPORTS) as NewsroomReport[]) {
      const asEditor = await NEWSROOM_REPORTS[name](handle.db, editor);
      const asReporter = await NEWSROOM_REPORTS[name](handle.db, reporter);
      expect(asEditor.table.columns.length, name).toBeGreaterThan(1);
      expect(asReporter.table.rows.length, name).toBeLessThanOrEqual(
        Math.max(asEditor.table.rows.length, 5),
      );
    }
    const week = await NEWSROOM_REPORTS['top-week'](handle.db, reporter);
    expect(week.table.rows).toHaveLength(1);
    // The newsroom's by section and by author add up the hourly totals, a correspondent's the
    // story rows: each view once by section (52 so far, 30 of them the correspondent's), and at
    // least once by author.
    const views = (report: { table: { rows: (string | number)[][] } }) =>
      report.table.rows.reduce((sum, row) => sum + Number(row.at(-1)), 0);
    expect(views(await NEWSROOM_REPORTS['by-section'](handle.db, editor))).toBe(52);
    expect(views(await NEWSROOM_REPORTS['by-section'](handle.db, reporter))).toBe(30);
    expect(views(await NEWSROOM_REPORTS['by-author'](handle.db, editor))).toBeGreaterThanOrEqual(
      52,
    );
    expect(views(await NEWSROOM_REPORTS['by-author'](handle.db, reporter))).toBeGreaterThanOrEqual(
      30,
    );
    const waiting = await NEWSROOM_REPORTS.waiting(handle.db, editor);
    expect(waiting.table.rows).toHaveLength(5);
  });

  it('gives one story’s views to those who may see it, and a 404 to others', async () => {
    const mine = await storyReport(handle.db, reporter, own);
    expect(mine.total).toBe(30);
    expect(mine.table.rows.at(-1)![1]).toBe(30);
    expect((await storyReport(handle.db, editor, others)).total).toBe(22);
    await expect(storyReport(handle.db, reporter, others)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
