// Writing the counts: one additive upsert per batch into per-story, per-hour rows, so instances
// writing the same hour add up rather than overwrite, and a crash loses at most one interval's
// counts (ANALYTICS_FLUSH_MS, default 5 s). Only published stories' ids are written: a beacon for
// an id that names no public story adds nothing.
import { sql } from 'drizzle-orm';
import { beforeDatabaseCloses, type Database, type Executor } from '@/db';
import { queryRows } from '@/db/open';
import { analyticsOn, viewCounter, type PendingViews, type ViewCounter } from './counter';

const BATCH = 1_000;

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
    const rows = await queryRows<{ story_id: string }>(
      db,
      sql`insert into story_views_hourly (story_id, hour, views)
          select v.story_id, v.hour, v.views
          from (values ${sql.join(values, sql`, `)}) as v(story_id, hour, views)
          join stories s on s.id = v.story_id and s.state = 'published'
          on conflict (story_id, hour) do update
            set views = story_views_hourly.views + excluded.views
          returning story_views_hourly.story_id`,
    );
    written += rows.length;
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
