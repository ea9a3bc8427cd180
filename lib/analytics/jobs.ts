// The analytics work of the scheduler loop (lib/scheduler-loop.ts), each job at its own pace:
// the rollup of hourly rows past retention (ANALYTICS_ROLLUP_MS, default an hour). Every
// instance runs them; the rollup claims its rows, so two never move the same ones.
import type { Database } from '@/db';
import { analyticsOn } from './counter';
import { rollUpViews } from './rollup';

interface JobState {
  rolledUpAt: number;
}

const globalJobs = globalThis as typeof globalThis & { __datelineAnalyticsJobs?: JobState };

const every = (name: string, fallback: number) => Number(process.env[name]) || fallback;

export async function runAnalyticsJobs(db: Database, now = Date.now()): Promise<void> {
  if (!analyticsOn()) return;
  const state = (globalJobs.__datelineAnalyticsJobs ??= { rolledUpAt: 0 });
  if (now - state.rolledUpAt >= every('ANALYTICS_ROLLUP_MS', 3_600_000)) {
    state.rolledUpAt = now;
    const moved = await rollUpViews(db);
    if (moved) console.log(`dateline: analytics rolled ${moved} hourly rows into days`);
  }
}
