// npm run bench — autosave round trip (validate, lock, compare version, write revision, update
// story) on PGlite (on disk, in a temporary folder) and on PostgreSQL (BENCH_DATABASE_URL or
// TEST_DATABASE_URL, in a temporary database). Prints a table and writes bench/results/*.json.
import { migrateDatabase } from '@/db/migrate';
import type { DatabaseHandle } from '@/db/open';
import { insertStaff } from '@/lib/services/users';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import type { StoryBody } from '@/lib/story-body';
import { runCli } from '@/scripts/cli';
import { onEachOpenDatabase } from './lib/databases';
import { writeResults } from './lib/results';

const SAVES = Number(process.env.BENCH_SAVES) || 300;
const WORDS = 1_500;

function storyBody(round: number): StoryBody {
  const sentence = 'The committee heard from port officials about inspections and staffing levels';
  const paragraphs = Array.from({ length: WORDS / 75 }, (_, i) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${i === 0 ? `Round ${round}. ` : ''}${`${sentence}. `.repeat(6)}` },
    ],
  }));
  return { type: 'doc', content: paragraphs };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  const staff = await insertStaff(
    handle.db,
    { email: `bench-${Date.now()}@dateline.test`, displayName: 'Bench', role: 'editor', title: '' },
    'a long enough password',
    null,
  );
  const actor = { id: staff.id, role: staff.role, active: true };
  const { id } = await createStory(handle.db, actor, { headline: 'Benchmark Dispatch' });
  const state = await loadEditorState(handle.db, actor, id);
  const { featuredMediaId: _media, ...meta } = state.meta;
  let version = state.version;
  const times: number[] = [];
  for (let round = 0; round < SAVES; round++) {
    const started = performance.now();
    const result = await saveStory(handle.db, actor, id, {
      baseVersion: version,
      meta,
      body: storyBody(round),
    });
    times.push(performance.now() - started);
    version = result.version;
  }
  times.sort((a, b) => a - b);
  return {
    saves: SAVES,
    words: WORDS,
    p50_ms: Number(percentile(times, 50).toFixed(2)),
    p95_ms: Number(percentile(times, 95).toFixed(2)),
    max_ms: Number(times.at(-1)!.toFixed(2)),
  };
}

async function main() {
  const results: Record<string, unknown> = {};

  Object.assign(results, await onEachOpenDatabase(measure));

  console.log(`Autosave round trip (service level, ${WORDS}-word story, ${SAVES} saves):`);
  console.table(results);
  writeResults('autosave', { results });
}

runCli(main);
