// The wire (docs/wire.md), on PostgreSQL: how long a publication takes to reach 20 partners'
// webhooks (publish to received at the last of them, p95 target under 1 s), and the items API's
// page of 50 with 100,000 stories on the wire (p95 target under 20 ms), authentication and the
// rate limit's upsert included.
//   npx tsx bench/wire.ts   (needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
// Writes bench/results/wire-<date>.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '@/db/open';
import { users } from '@/db/schema';
import { seedManyStories } from '@/db/seed-scale';
import { createScratchDatabase } from '@/test/support/databases';
import { fileDemoStories } from '@/test/support/newsroom';
import { transitionStory } from '@/lib/services/workflow';
import { answerWire } from '@/lib/wire/api';
import { createPartner } from '@/lib/wire/partners';
import { startReceiver } from '@/lib/wire/testing';
import { startWireWorker } from '@/lib/wire/worker';
import { runCli } from '@/scripts/cli';
import { percentile } from './lib/process-stats';

const PARTNERS = 20;
const PUBLICATIONS = Number(process.env.BENCH_WIRE_PUBLICATIONS) || 30;
const STORIES = Number(process.env.BENCH_SCALE_STORIES) || 100_000;
const PAGES = 200;

Object.assign(process.env, {
  WEBHOOK_ALLOW_PRIVATE: '1', // the receivers are on loopback
  WIRE_SECRET_KEY: 'bench wire secret key, long enough to derive from',
  WIRE_RATE_LIMIT: '1000000',
});

async function actorOf(db: Database, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { id: user!.id, role: user!.role, active: true };
}

const summary = (samples: number[]) => ({
  p50_ms: Number(percentile(samples, 50)!.toFixed(2)),
  p95_ms: Number(percentile(samples, 95)!.toFixed(2)),
  max_ms: Number(Math.max(...samples).toFixed(2)),
});

/** Publish one story at a time; the time until every partner's receiver has it. */
async function publishToReceived(db: Database) {
  const admin = await actorOf(db, 'admin@dateline.test');
  const editor = await actorOf(db, 'editor@dateline.test');
  const receivers = await Promise.all(Array.from({ length: PARTNERS }, () => startReceiver()));
  for (const [index, receiver] of receivers.entries()) {
    await createPartner(db, admin, { name: `Partner ${index + 1}`, webhookUrl: receiver.url });
  }
  const stop = startWireWorker(async () => db, { concurrency: PARTNERS });
  const filed = await fileDemoStories(db, PUBLICATIONS, 'Wire bench');
  const samples: number[] = [];
  for (const story of filed) {
    const uri = `urn:dateline:story:${story.id}`;
    const started = performance.now();
    await transitionStory(db, editor, story.id, {
      transition: 'publish',
      baseVersion: story.version,
    });
    for (;;) {
      const all = receivers.every((r) => r.received.some((entry) => entry.body.includes(uri)));
      if (all) break;
      if (performance.now() - started > 30_000) throw new Error('a webhook never arrived');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    samples.push(performance.now() - started);
  }
  await stop();
  await Promise.all(receivers.map((receiver) => receiver.close()));
  return summary(samples);
}

/** 100,000 stories on the wire, each with an item like a real one; then pages of 50. */
async function itemPages(db: Database) {
  await seedManyStories(db, STORIES);
  await db.execute(sql`
    insert into wire_events (seq, story_id, type, version, section_id, item, body, body_html)
    select (select coalesce(max(seq), 0) from wire_events) + row_number() over (order by s.published_at, s.id),
           s.id, 'story.published', 1, s.section_id,
           jsonb_set(t.item, '{uri}', to_jsonb('urn:dateline:story:' || s.id)), t.body, t.body_html
    from stories s, (select item, body, body_html from wire_events limit 1) t
    where s.slug like 'scale-%'`);
  await db.execute(
    sql`update wire_clock set seq = (select max(seq) from wire_events) where id = 1`,
  );
  await db.execute(sql`analyze wire_events`);
  const admin = await actorOf(db, 'admin@dateline.test');
  const { apiKey } = await createPartner(db, admin, { name: 'Reader of the archive' });
  const [{ max }] = (await queryRows<{ max: number }>(
    db,
    sql`select max(seq)::int as max from wire_events`,
  )) as [{ max: number }];
  const samples: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const after = Math.floor(Math.random() * (max - 50));
    const started = performance.now();
    const answer = await answerWire(db, {
      method: 'GET',
      url: new URL(`http://bench.invalid/api/wire/v1/items?after=${after}&limit=50`),
      authorization: `Bearer ${apiKey}`,
    });
    samples.push(performance.now() - started);
    if ((JSON.parse(answer.text) as { items: unknown[] }).items.length !== 50) {
      throw new Error('short page');
    }
  }
  return { events: max, ...summary(samples) };
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('bench/wire.ts needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const scratch = await createScratchDatabase(serverUrl, 'dateline_wire');
  try {
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URL: scratch.url, DEMO_PASSWORD: 'wire-password' },
      stdio: 'ignore',
    });
    if (seeded.status !== 0) throw new Error('seeding the demo newsroom failed');
    const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      const publish = await publishToReceived(handle.db);
      const pages = await itemPages(handle.db);
      const result = {
        at: new Date().toISOString(),
        cpus: os.cpus().length,
        publishToReceived: { partners: PARTNERS, publications: PUBLICATIONS, ...publish },
        itemsPage50: pages,
        pass: { publishP95Under1s: publish.p95_ms < 1000, pageP95Under20ms: pages.p95_ms < 20 },
      };
      console.log(JSON.stringify(result, null, 2));
      const out = path.join('bench', 'results');
      fs.mkdirSync(out, { recursive: true });
      const day = new Date().toISOString().slice(0, 10);
      fs.writeFileSync(path.join(out, `wire-${day}.json`), `${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await handle.close();
    }
  } finally {
    await scratch.drop();
  }
}

runCli(main);
