// How the public lists, search and the desk grow with the archive, on PostgreSQL: each query the
// app runs (the real functions, not copies of their SQL) timed on the demo newsroom and again
// after BENCH_SCALE_STORIES (default 100,000) synthetic stories, and its plan under
// EXPLAIN (ANALYZE, BUFFERS), so every index is justified by the plan that uses it.
//   npx tsx bench/scale.ts   (needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
// Writes bench/results/scale-<date>.json and the plans to bench/results/explain-<date>.txt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseHandle } from '@/db/open';
import { createScratchDatabase } from '@/test/support/databases';
import { seedManyStories } from '@/db/seed-scale';
import { deskQueues, deskStories } from '@/lib/desk/stories';
import { latestStories } from '@/lib/public/stories';
import { searchStories } from '@/lib/public/search';
import { sections, tags, users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { runCli } from '@/scripts/cli';

const STORIES = Number(process.env.BENCH_SCALE_STORIES) || 100_000;
const RUNS = 20;

// Every statement the pool sends while `capturing` is on, with its parameters, for EXPLAIN.
let capturing: { text: string; values: unknown[] }[] | null = null;
const send = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
  if (capturing) {
    const text = typeof config === 'string' ? config : config.text;
    // drizzle sends { text, rowMode } with the parameters beside it.
    const sent = typeof config === 'string' ? values : (config.values ?? values);
    capturing.push({ text, values: sent ?? [] });
  }
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

interface Probe {
  name: string;
  run(db: Database): Promise<unknown>;
}

async function probes(db: Database): Promise<Probe[]> {
  const [section] = await db.select().from(sections).where(eq(sections.slug, 'security'));
  const [tag] = await db.select().from(tags).where(eq(tags.slug, 'nato'));
  const [editor] = await db.select().from(users).where(eq(users.email, 'editor@dateline.test'));
  const [reporter] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'correspondent@dateline.test'));
  const editorActor = { id: editor!.id, role: editor!.role, active: true };
  const reporterActor = { id: reporter!.id, role: reporter!.role, active: true };
  return [
    { name: 'front page: latest 25', run: (d) => latestStories(d, { limit: 25 }) },
    {
      name: 'section page',
      run: (d) => latestStories(d, { limit: 21, filter: { sectionId: section!.id } }),
    },
    { name: 'tag page', run: (d) => latestStories(d, { limit: 21, filter: { tagId: tag!.id } }) },
    {
      name: 'author page',
      run: (d) => latestStories(d, { limit: 21, filter: { authorId: reporter!.id } }),
    },
    {
      name: 'list page 200 (keyset)',
      run: (d) =>
        latestStories(d, {
          limit: 21,
          before: {
            publishedAt: new Date(Date.now() - 200 * 20 * 30_000),
            id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
          },
        }),
    },
    { name: 'search "air defences"', run: (d) => searchStories(d, 'air defences') },
    { name: 'search "harbour strike"', run: (d) => searchStories(d, 'harbour strike') },
    { name: 'desk: editor, all stories', run: (d) => deskStories(d, editorActor) },
    { name: 'desk: correspondent, own', run: (d) => deskStories(d, reporterActor) },
    {
      name: 'desk: headline filter',
      run: (d) => deskStories(d, editorActor, { q: 'pipeline' }),
    },
    { name: 'desk: queues', run: (d) => deskQueues(d) },
  ];
}

async function timeProbes(handle: DatabaseHandle, list: Probe[]) {
  const times: Record<string, number> = {};
  for (const probe of list) {
    await probe.run(handle.db); // warm
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await probe.run(handle.db);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    times[probe.name] = Number(samples[Math.floor(RUNS / 2)]!.toFixed(2));
  }
  return times;
}

async function explain(handle: DatabaseHandle, list: Probe[]) {
  const plans: { probe: string; indexes: string[]; text: string }[] = [];
  for (const probe of list) {
    capturing = [];
    await probe.run(handle.db);
    const statements = capturing.filter((s) => /^\s*(select|with)/i.test(s.text));
    capturing = null;
    for (const statement of statements) {
      const result = await handle.pool!.query(
        `explain (analyze, buffers, costs off) ${statement.text}`,
        statement.values,
      );
      const text = result.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      const indexes = [
        ...text.matchAll(
          /(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/g,
        ),
      ].map((match) => match[1]!);
      plans.push({
        probe: probe.name,
        indexes: [...new Set(indexes)],
        text: `${statement.text}\n\n${text}`,
      });
    }
  }
  return plans;
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('bench/scale.ts needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const scratch = await createScratchDatabase(serverUrl, 'dateline_scale');
  try {
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URL: scratch.url, DEMO_PASSWORD: 'scale-password' },
      stdio: 'ignore',
    });
    if (seeded.status !== 0) throw new Error('seeding the demo newsroom failed');
    const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      const list = await probes(handle.db);
      const small = await timeProbes(handle, list);
      const started = performance.now();
      await seedManyStories(handle.db, STORIES);
      const seedSeconds = ((performance.now() - started) / 1000).toFixed(1);
      const large = await timeProbes(handle, list);
      const plans = await explain(handle, list);

      const table = list.map((probe) => ({
        query: probe.name,
        'demo (ms)': small[probe.name],
        [`+${STORIES.toLocaleString('en')} (ms)`]: large[probe.name],
        indexes:
          [...new Set(plans.filter((p) => p.probe === probe.name).flatMap((p) => p.indexes))].join(
            ', ',
          ) || '—',
      }));
      console.log(
        `Query p50 over ${RUNS} runs; ${STORIES.toLocaleString('en')} stories added in ${seedSeconds} s`,
      );
      console.table(table);
      const out = path.join('bench', 'results');
      fs.mkdirSync(out, { recursive: true });
      const day = new Date().toISOString().slice(0, 10);
      fs.writeFileSync(
        path.join(out, `scale-${day}.json`),
        `${JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, stories: STORIES, table }, null, 2)}\n`,
      );
      fs.writeFileSync(
        path.join(out, `explain-${day}.txt`),
        plans.map((plan) => `### ${plan.probe}\n${plan.text}\n`).join('\n'),
      );
      console.log(`written to bench/results/scale-${day}.json and explain-${day}.txt`);
    } finally {
      await handle.close();
    }
  } finally {
    await scratch.drop();
  }
}

runCli(main);
