// Writing the counts: one additive upsert per batch into per-story, per-hour rows (and, in the same
// statement, the hour's totals for the site, each section and each author), so instances
// writing the same hour add up rather than overwrite, and a crash loses at most one interval's
// counts (ANALYTICS_FLUSH_MS, default 5 s). Only published stories' ids are written: a beacon for
// an id that names no public story adds nothing.
import { sql } from 'drizzle-orm';
import { beforeDatabaseCloses, type Database, type Executor } from '@/db';
import { queryRows } from '@/db/open';
import { analyticsOn, viewCounter, type PendingViews, type ViewCounter } from './counter';

const BATCH = 1_000;
/** The subject of the whole site's totals (view_totals_hourly). */
export const SITE = '00000000-0000-0000-0000-000000000000';

/** Adds `entries` to the hourly rows; returns how many story-hours were written. */
export async function writeViews(db: Executor, entries: readonly PendingViews[]): Promise<number> {
  // Sorted, so two instances upserting the same rows lock them in one order and never deadlock.
  const sorted = [...entries].sort((a, b) => a.storyId.localeCompare(b.storyId) || a.hour - b.hour);
  let written = 0;
  for (let start = 0; start < sorted.length; start += BATCH) {
    const values = sorted
      .slice(start, start + BATCH)
      .map(
        (e) =>
          sql`(${e.storyId}::uuid, ${new Date(e.hour).toISOString()}::timestamptz, ${e.views}::integer)`,
      );
    // One statement: the story rows and the totals (site, section, author) of the same views.
    const [row] = await queryRows<{ written: number }>(
      db,
      sql`with v (story_id, hour, views) as (values ${sql.join(values, sql`, `)}),
          counted as (
            select v.story_id, v.hour, v.views, s.section_id
            from v join stories s on s.id = v.story_id and s.state = 'published'
          ),
          story_rows as (
            insert into story_views_hourly (story_id, hour, views)
            select story_id, hour, views from counted order by story_id, hour
            on conflict (story_id, hour) do update
              set views = story_views_hourly.views + excluded.views
            returning 1
          ),
          totals as (
            insert into view_totals_hourly (dimension, subject, hour, views)
            select dimension, subject, hour, sum(views)::int from (
              select 'site' as dimension, ${SITE}::uuid as subject, hour, views from counted
              union all
              select 'section', section_id, hour, views from counted where section_id is not null
              union all
              select 'author', sa.user_id, c.hour, c.views
              from counted c join story_authors sa on sa.story_id = c.story_id
            ) t
            group by dimension, subject, hour order by dimension, subject, hour
            on conflict (dimension, subject, hour) do update
              set views = view_totals_hourly.views + excluded.views
            returning 1
          )
          select (select count(*) from story_rows)::int as written,
                 (select count(*) from totals)::int as totals`,
    );
    written += Number(row?.written ?? 0);
  }
  return written;
}

/** Takes the counter's counts and writes them; on failure they go back for the next try. */
export async function flushViews(db: Executor, counter: ViewCounter = viewCounter()) {
  const taken = counter.take();
  if (taken.length === 0) return 0;
  try {
    return await writeViews(db, taken);
  } catch (error) {
    counter.restore(taken);
    throw error;
  }
}

/** Writes the counts every ANALYTICS_FLUSH_MS, and once more when the process is stopped. */
export function startViewFlusher(getDb: () => Promise<Database>): () => void {
  if (!analyticsOn()) return () => {};
  const interval = Number(process.env.ANALYTICS_FLUSH_MS) || 5_000;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    running ??= getDb()
      .then((db) => flushViews(db))
      .catch((error: unknown) => {
        console.error(`dateline: views: ${(error as Error).message.split('\n')[0]}`);
      })
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  beforeDatabaseCloses(async () => {
    clearInterval(timer);
    await running;
    await tick();
  });
  return () => clearInterval(timer);
}
