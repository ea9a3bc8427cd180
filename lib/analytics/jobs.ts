// The analytics work of the scheduler loop (lib/scheduler-loop.ts), each job at its own pace:
// the most read list (most-read-watch.ts, ANALYTICS_MOST_READ_MS, default a minute) and the
// rollup of hourly rows past retention (ANALYTICS_ROLLUP_MS, default an hour). Every instance
// runs them; both lock what they work on, so two never do the same work.
import type { Database } from '@/db';
import { analyticsOn } from './counter';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { mostReadInterval, refreshMostRead } from './most-read-watch';
import { rollUpViews } from './rollup';

interface JobState {
  mostReadAt: number;
  rolledUpAt: number;
}

const globalJobs = globalThis as typeof globalThis & { __datelineAnalyticsJobs?: JobState };

const every = (name: string, fallback: number) => Number(process.env[name]) || fallback;

export async function runAnalyticsJobs(db: Database, now = Date.now()): Promise<void> {
  if (!analyticsOn()) return;
  const state = (globalJobs.__datelineAnalyticsJobs ??= { mostReadAt: 0, rolledUpAt: 0 });
  if (now - state.mostReadAt >= mostReadInterval()) {
    state.mostReadAt = now;
    applyInvalidation(await refreshMostRead(db));
  }
  if (now - state.rolledUpAt >= every('ANALYTICS_ROLLUP_MS', 3_600_000)) {
    state.rolledUpAt = now;
    const moved = await rollUpViews(db);
    if (moved) console.log(`dateline: analytics rolled ${moved} hourly rows into days`);
  }
}
