// Retention (docs/privacy.md): hourly view rows are kept for 13 months, then added into one row
// per story and day (UTC). Each batch claims its rows with FOR UPDATE SKIP LOCKED and moves them in
// one statement, so two instances rolling up at once take different rows and every view is
// counted once; the daily upsert is additive, like the hourly one.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';

const BATCH = 5_000;
const MAX_BATCHES = 20;
const KEEP_HOURLY = sql`now() - interval '13 months'`;

/** Moves one batch of hourly rows older than `before` into daily rows; returns how many moved. */
export async function rollUpBatch(db: Executor, before: SQL | Date = KEEP_HOURLY) {
  const cutoff = before instanceof Date ? sql`${before.toISOString()}::timestamptz` : before;
  const [row] = await queryRows<{ moved: number }>(
    db,
    sql`with claimed as (
          select story_id, hour from story_views_hourly
          where hour < ${cutoff}
          order by hour limit ${BATCH}
          for update skip locked
        ), moved as (
          delete from story_views_hourly h using claimed c
          where h.story_id = c.story_id and h.hour = c.hour
          returning h.story_id, h.hour, h.views
        ), added as (
          insert into story_views_daily (story_id, day, views)
          select story_id, (hour at time zone 'UTC')::date, sum(views)::int
          from moved group by 1, 2
          on conflict (story_id, day) do update
            set views = story_views_daily.views + excluded.views
          returning 1
        )
        select count(*)::int as moved from moved`,
  );
  return Number(row?.moved ?? 0);
}

/** Rolls up what is due, a batch at a time (a bounded amount per call); returns rows moved. */
export async function rollUpViews(db: Executor, before: SQL | Date = KEEP_HOURLY) {
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const moved = await rollUpBatch(db, before);
    total += moved;
    if (moved < BATCH) break;
  }
  // The hourly totals serve the desk's recent charts only: past 13 months they are dropped.
  const cutoff = before instanceof Date ? sql`${before.toISOString()}::timestamptz` : before;
  await db.execute(sql`delete from view_totals_hourly where hour < ${cutoff}`);
  return total;
}
