// Reader analytics, measured (docs/benchmarks.md):
// 1. What counting costs readers, on a production build (PGlite), in one run: readers of the
//    cached article fetching the page alone, and fetching the page AND its view beacon (what a
//    browser does), with counting on, and the same page and beacon with ANALYTICS=off (the beacon
//    still answered, nothing counted). Readings per second; each pair is one reading.
// 2. The desk's analytics page on PostgreSQL with 100,000 more stories and a year of hourly view
//    rows: the page's own loaders (every report and "reading now", in parallel, as the page runs
//    them) for an editor and a correspondent, BENCH_ANALYTICS_RUNS times (default 30): p50, p95.
//   npx tsx bench/analytics.ts   (part 2 needs BENCH_DATABASE_URL or TEST_DATABASE_URL;
//   BENCH_ANALYTICS=counting or =page runs one part)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq, sql } from 'drizzle-orm';
import { buildIfNeeded } from '@/scripts/build';
import { runCli } from '@/scripts/cli';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { openDatabase, queryRows, type Database } from '@/db/open';
import { createScratchDatabase } from '@/test/support/databases';
import { seedManyStories } from '@/db/seed-scale';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { NEWSROOM_REPORTS, type NewsroomReport } from '@/lib/analytics/report/reports';
import { readingNow } from '@/lib/analytics/report/reading-now';
import { percentile } from './lib/process-stats';

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const RUNS = Number(process.env.BENCH_ANALYTICS_RUNS) || 30;
const STORIES = Number(process.env.BENCH_SCALE_STORIES) || 100_000;
const PORT = 3471;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36',
  'accept-encoding': 'gzip',
};

/** Readings per second by 10 readers loading `paths` in turn, each reading all of them. */
async function readings(paths: string[]) {
  const result = await autocannon({
    url: ORIGIN,
    connections: 10,
    duration: SECONDS,
    headers: HEADERS,
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
  });
  return {
    readingsPerSecond: Math.round(result.requests.average / paths.length),
    p99_ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

async function withServer<T>(env: NodeJS.ProcessEnv, work: () => Promise<T>) {
  const server = spawnNextServer(PORT, env, 'ignore');
  try {
    await waitForHealth(PORT, 60_000, 20);
    return await work();
  } finally {
    await stopServer(server);
  }
}

async function countingCost() {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-analytics-'));
  const env = { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { env });
    if (seeded.status !== 0) throw new Error('seeding the benchmark database failed');
    const phases = async () => {
      const html = await (await fetch(`${ORIGIN}${ARTICLE}`)).text();
      const beacon = /<img src="(\/api\/views\/[0-9a-f-]+)"/.exec(html)![1]!;
      // Alternated, twice, so a neighbour's load on a shared machine falls on both.
      const alone = [await readings([ARTICLE])];
      const both = [await readings([ARTICLE, beacon])];
      alone.push(await readings([ARTICLE]));
      both.push(await readings([ARTICLE, beacon]));
      const mean = (runs: { readingsPerSecond: number }[]) =>
        Math.round(runs.reduce((sum, r) => sum + r.readingsPerSecond, 0) / runs.length);
      return { alone: mean(alone), withBeacon: mean(both), runs: { alone, both } };
    };
    const on = await withServer(env, phases);
    const off = await withServer({ ...env, ANALYTICS: 'off' }, phases);
    const share = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;
    return {
      'page alone, counting on': on.alone,
      'page + beacon, counting on': on.withBeacon,
      'page + beacon, counting off': off.withBeacon,
      'page alone, counting off': off.alone,
      'a reading with its beacon / the page alone': share(on.withBeacon, on.alone),
      'counting on / counting off (page + beacon)': share(on.withBeacon, off.withBeacon),
      runs: { on: on.runs, off: off.runs },
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A year of hourly rows: each hour, 300 stories read, a window moving 150 stories an hour. */
async function yearOfViews(db: Database) {
  // One transaction: the temporary table lives on one connection, and no statement limit applies.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    await tx.execute(sql`create temp table numbered on commit drop as
      select id, row_number() over (order by published_at, id)::int as n
      from stories where state = 'published'`);
    await tx.execute(sql`create index on numbered (n)`);
    const [{ total }] = (await queryRows<{ total: number }>(
      tx,
      sql`select count(*)::int as total from numbered`,
    )) as [{ total: number }];
    for (let from = 0; from < 8760; from += 720) {
      await tx.execute(sql`insert into story_views_hourly (story_id, hour, views)
        select s.id, date_trunc('hour', now()) - make_interval(hours => g.i),
               1 + ((s.n * 7 + g.i) % 40)
        from generate_series(${from}::int, ${Math.min(from + 719, 8759)}::int) as g(i)
        join numbered s on s.n > (g.i * 150) % ${total} and s.n <= (g.i * 150) % ${total} + 300
        on conflict do nothing`);
    }
  });
  // As autovacuum leaves a table in production: its visibility map set, so index-only scans stay so.
  await db.execute(sql`vacuum analyze story_views_hourly`);
  const [{ rows }] = (await queryRows<{ rows: number }>(
    db,
    sql`select count(*)::int as rows from story_views_hourly`,
  )) as [{ rows: number }];
  return rows;
}

async function analyticsPage(serverUrl: string) {
  const scratch = await createScratchDatabase(serverUrl, 'dateline_analytics');
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
  try {
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URL: scratch.url, DEMO_PASSWORD: 'analytics-password' },
    });
    if (seeded.status !== 0) throw new Error('seeding the benchmark database failed');
    let started = performance.now();
    await seedManyStories(handle.db, STORIES);
    const rows = await yearOfViews(handle.db);
    console.log(
      `seeded ${STORIES} stories and ${rows} hourly rows in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    const actorOf = async (email: string): Promise<Actor> => {
      const [user] = await handle.db.select().from(users).where(eq(users.email, email));
      return { id: user!.id, role: user!.role, active: true };
    };
    const names = Object.keys(NEWSROOM_REPORTS) as NewsroomReport[];
    const page = (actor: Actor) =>
      Promise.all([
        readingNow(handle.db, actor),
        ...names.map((name) => NEWSROOM_REPORTS[name](handle.db, actor)),
      ]);
    const figures: Record<string, unknown> = { stories: STORIES, hourlyRows: rows };
    for (const [who, email] of [
      ['editor', 'editor@dateline.test'],
      ['correspondent', 'correspondent@dateline.test'],
    ] as const) {
      const actor = await actorOf(email);
      await page(actor); // warm
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        await page(actor);
        samples.push(performance.now() - started);
      }
      // Each report alone (median of five), to see where the page's time goes.
      const alone: Record<string, number> = {};
      for (const name of ['reading-now', ...names] as const) {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          started = performance.now();
          if (name === 'reading-now') await readingNow(handle.db, actor);
          else await NEWSROOM_REPORTS[name](handle.db, actor);
          times.push(performance.now() - started);
        }
        alone[name] = percentile(times, 50)!;
      }
      figures[who] = {
        p50_ms: Number(percentile(samples, 50)!.toFixed(1)),
        p95_ms: Number(percentile(samples, 95)!.toFixed(1)),
        reports_ms: alone,
      };
    }
    return figures;
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

async function main() {
  const results: Record<string, unknown> = { at: new Date().toISOString(), cpus: os.cpus().length };
  const part = process.env.BENCH_ANALYTICS;
  if (part !== 'page') {
    results.counting = await countingCost();
    console.log('\nreadings per second of the cached article (10 connections):');
    console.table(results.counting);
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (part === 'counting') {
    // the page's part left out on purpose
  } else if (serverUrl) {
    results.page = await analyticsPage(serverUrl);
    console.log('\nthe desk analytics page, its loaders (PostgreSQL):');
    console.log(results.page);
  } else {
    console.log('no BENCH_DATABASE_URL or TEST_DATABASE_URL: the analytics page is not measured');
  }
  const out = path.join('bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `analytics-${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${file}`);
}

runCli(main);
