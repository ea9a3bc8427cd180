// The editor's tag picker with 10,000 tags: what one search as you type costs (searchTags in
// lib/services/taxonomy.ts, the query GET /api/tags runs), on PGlite (on disk, in a temporary
// folder) and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, in a scratch database).
// The queries are what a person types letter by letter: one, two, three letters, a whole word,
// a word from the middle of names, and words no tag has. Target: p95 under 50 ms.
//   npx tsx bench/tags.ts   (BENCH_TAGS: how many tags, default 10,000)
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '@/db/migrate';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { searchTags } from '@/lib/services/taxonomy-reads';
import { runCli } from '@/scripts/cli';
import { onEachOpenDatabase } from './lib/databases';
import { writeResults } from './lib/results';

const TAGS = Number(process.env.BENCH_TAGS) || 10_000;
const ROUNDS = 20;
const WORDS = ['harbour', 'election', 'grain', 'climate', 'energy', 'court', 'trade', 'health'];
const PLACES = ['lisbon', 'nairobi', 'oslo', 'lima', 'hanoi', 'quito', 'accra', 'riga', 'perth'];

/** What a person types into the picker, keystroke by keystroke. */
const QUERIES = [
  'h',
  'ha',
  'har',
  'harb',
  'harbour',
  'harbour li',
  'lisbon',
  'sbo',
  'cli',
  'climate nairobi 12',
  'zzqx',
  'elections in space',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await handle.db.execute(sql`
    insert into tags (name, slug)
    select w.word || ' ' || p.place || ' ' || n, w.word || '-' || p.place || '-' || n
    from unnest(${`{${WORDS.join(',')}}`}::text[]) as w(word)
    cross join unnest(${`{${PLACES.join(',')}}`}::text[]) as p(place)
    cross join generate_series(1, ceil(${TAGS}::numeric / ${WORDS.length * PLACES.length})::int) as n
    limit ${TAGS}`);
  await handle.db.execute(sql`analyze tags`);
  const [counted] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from tags`,
  );
  const n = counted!.n;
  for (const query of QUERIES) await searchTags(handle.db, query); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await searchTags(handle.db, query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return {
    tags: n,
    searches: times.length,
    p50_ms: Number(percentile(times, 50).toFixed(2)),
    p95_ms: Number(percentile(times, 95).toFixed(2)),
    max_ms: Number(times.at(-1)!.toFixed(2)),
  };
}

async function main() {
  const results: Record<string, unknown> = {};
  Object.assign(results, await onEachOpenDatabase(measure));

  console.log(`The tag picker's search (service level, ${TAGS} tags, ${QUERIES.length} queries):`);
  console.table(results);
  writeResults('tags', { results });
}

runCli(main);
