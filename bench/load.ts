// npm run bench:load — the load items of the test plan (docs/testing.md, 61–64) on a production
// build (scripts/server.ts, bundled) and a scratch PostgreSQL database (BENCH_DATABASE_URL or
// TEST_DATABASE_URL). Loopback only, every phase bounded in time:
// 61 mixed workload: BENCH_EDITORS (20) editors signed in over HTTP, each autosaving a story of
//    its own every 2 s, beside BENCH_READERS (50) autocannon connections reading an article and
//    the front page; against the editors alone and the readers alone just before
//    (BENCH_BASELINE_SECONDS each, 10; together BENCH_MIXED_SECONDS, 20). The readers ask as
//    fast as they are answered, or BENCH_READER_RATE requests per second in all.
// 62 soak: the same workload for BENCH_SOAK_SECONDS (60; the plan's soak is 1,800), sampling the
//    server's RSS, open file descriptors and the database's connections every
//    BENCH_SAMPLE_SECONDS (3).
// 64 parallel uploads: BENCH_UPLOADS (10) noise JPEGs of BENCH_UPLOAD_MB (10) at once; status,
//    time, peak RSS.
// 63 logins: BENCH_LOGINS (1,000) wrong-password sign-ins over four accounts from one address,
//    BENCH_LOGIN_CONCURRENCY (20) in flight, while a probe times /api/health, the cached article
//    and a static file against a baseline; the throttle's refusals and the server's CPU time.
//    Last, because it leaves this client's address throttled for the window.
// BENCH_PHASES=61,63 runs some of them. Prints a table per phase and writes
// bench/results/load-<date>.json.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildIfNeeded } from '@/scripts/build';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { createScratchDatabase } from '@/test/support/databases';
import { openDatabase } from '@/db/open';
import { createStory } from '@/lib/services/stories';
import { insertStaff } from '@/lib/services/users';
import { runScript, startReaders } from './lib/children';
import { openEditor, runEditors, saveSummary, type Editor } from './lib/editors';
import {
  logins,
  parallelUploads,
  soakFigures,
  type Sample,
  printLogins,
  printUploads,
  writeLoadResults,
} from './lib/load-phases';
import { cpuSeconds, openFds, rssMiB } from './lib/process-stats';
import { noiseJpegs } from './lib/uploads';
import { runCli } from '@/scripts/cli';

const env = (name: string, fallback: number) => Number(process.env[name]) || fallback;
const EDITORS = env('BENCH_EDITORS', 20);
const READERS = env('BENCH_READERS', 50);
const SAVE_INTERVAL_MS = 2_000;
const BASELINE_SECONDS = env('BENCH_BASELINE_SECONDS', 10);
const MIXED_SECONDS = env('BENCH_MIXED_SECONDS', 20);
const SOAK_SECONDS = env('BENCH_SOAK_SECONDS', 60);
const SAMPLE_SECONDS = env('BENCH_SAMPLE_SECONDS', 3);
const UPLOADS = env('BENCH_UPLOADS', 10);
const UPLOAD_MB = env('BENCH_UPLOAD_MB', 10);
const LOGINS = env('BENCH_LOGINS', 1_000);
const LOGIN_CONCURRENCY = env('BENCH_LOGIN_CONCURRENCY', 20);
const PROBE_BASELINE_SECONDS = 5;
const WARM_UP_SECONDS = 3;
const POOL_SIZE = env('DATABASE_POOL_SIZE', 10);
const MEMORY_BUDGET_MIB = 512;
// In this order whatever the order given (63 last: see above).
const PHASES = new Set((process.env.BENCH_PHASES || '61,62,64,63').split(',').map((p) => p.trim()));

const PORT = 3460;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'a long enough load password';
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const READ_PATHS = [ARTICLE, '/'];
const TARGET_ACCOUNTS = 4;

const readerLoad = { origin: ORIGIN, paths: READ_PATHS, connections: READERS };
const readers = (seconds: number) => startReaders(seconds, readerLoad).figures;

/** Staff and stories the phases need, written before the server starts. */
async function prepare(url: string) {
  const handle = await openDatabase({ kind: 'postgres', url });
  try {
    const run = crypto.randomBytes(3).toString('hex');
    const editor = async (label: string, n: number) => {
      const user = await insertStaff(
        handle.db,
        {
          email: `load-${label}-${n}-${run}@dateline.test`,
          displayName: `Load ${label} ${n} ${run}`,
          role: 'editor',
          title: '',
        },
        PASSWORD,
        null,
      );
      return { id: user.id, role: user.role, active: true, email: user.email };
    };
    const editors: { email: string; storyId: string }[] = [];
    for (let n = 1; n <= EDITORS; n++) {
      const actor = await editor('editor', n);
      const { id } = await createStory(handle.db, actor, { headline: `Load story ${n} ${run}` });
      editors.push({ email: actor.email, storyId: id });
    }
    const targets: string[] = [];
    for (let n = 1; n <= TARGET_ACCOUNTS; n++) targets.push((await editor('target', n)).email);
    return { editors, targets };
  } finally {
    await handle.close();
  }
}

async function databaseConnections(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    'select count(*)::int as n from pg_stat_activity where datname = $1',
    [database],
  );
  return rows[0]!.n;
}

/** Readers and editors together; the editors start once the readers send. */
async function mixed(editors: Editor[], seconds: number) {
  const readers = startReaders(seconds, readerLoad);
  await readers.started;
  const saves = await runEditors(ORIGIN, editors, seconds, SAVE_INTERVAL_MS);
  return { reads: await readers.figures, autosave: saveSummary(saves) };
}

/** 61: editors alone, readers alone, then both together. */
async function mixedWorkload(server: ChildProcess, editors: Editor[]) {
  await readers(WARM_UP_SECONDS); // the server's and autocannon's code warm, not measured
  const cpuBefore = cpuSeconds(server.pid!);
  const saves = await runEditors(ORIGIN, editors, BASELINE_SECONDS, SAVE_INTERVAL_MS);
  const alone = {
    ...saveSummary(saves),
    serverCpuMsPerSave: Math.round(((cpuSeconds(server.pid!) - cpuBefore) * 1_000) / saves.length),
  };
  const baseline = await readers(BASELINE_SECONDS);
  const { reads, autosave } = await mixed(editors, MIXED_SECONDS);
  const ratio = baseline.p95_ms && reads.p95_ms ? reads.p95_ms / baseline.p95_ms : null;
  return {
    seconds: { baseline: BASELINE_SECONDS, mixed: MIXED_SECONDS },
    editors: editors.length,
    readers: READERS,
    readerRate: Number(process.env.BENCH_READER_RATE) || 'as fast as answered',
    autosaveAlone: alone,
    autosave,
    readersBaseline: baseline,
    readersMixed: reads,
    readerP95Ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
    pass: {
      autosaveP95Under500ms: (autosave.p95_ms ?? Infinity) < 500,
      noFalseConflicts: autosave.conflicts_409 === 0,
      noErrors: autosave.errors === 0 && reads.errors === 0,
      readerP95Within1_5x: ratio !== null && ratio <= 1.5,
    },
  };
}

/** 62: the mixed workload for SOAK_SECONDS, sampling the server and the database. */
async function soak(server: ChildProcess, editors: Editor[], admin: pg.Client, database: string) {
  const pid = server.pid!;
  const samples: Sample[] = [];
  const started = performance.now();
  const sample = async () => {
    const fds = openFds(pid);
    samples.push({
      s: Math.round((performance.now() - started) / 1_000),
      rssMiB: rssMiB(pid) ?? 0,
      fds: fds.total,
      nonSocketFds: fds.total - fds.sockets,
      connections: await databaseConnections(admin, database),
    });
  };
  const timer = setInterval(() => void sample(), SAMPLE_SECONDS * 1_000);
  let workload;
  try {
    workload = await mixed(editors, SOAK_SECONDS);
  } finally {
    clearInterval(timer);
  }
  return soakFigures(samples, workload, {
    seconds: SOAK_SECONDS,
    sampleEverySeconds: SAMPLE_SECONDS,
    poolSize: POOL_SIZE,
  });
}

function printMixed(result: Awaited<ReturnType<typeof mixedWorkload>>) {
  console.log('61 Mixed workload: autosave (ms), editors alone, then beside the readers');
  console.table({ alone: result.autosaveAlone, mixed: result.autosave });
  console.log('61 Readers (ms): alone, then beside the editors');
  console.table({ baseline: result.readersBaseline, mixed: result.readersMixed });
  console.log('61 pass:', result.pass);
  return result;
}

function printSoak(result: Awaited<ReturnType<typeof soak>>) {
  console.log(`62 Soak, ${SOAK_SECONDS} s: autosave, readers, server and database`);
  console.table({ autosave: result.autosave });
  console.table({ readers: result.reads });
  console.table({
    rssMiB: result.rssMiB,
    fds: result.fds,
    nonSocketFds: result.nonSocketFds,
    connections: result.connections,
  });
  console.log('62 pass:', result.pass);
  return result;
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    console.log('load: skipped, set BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');
    return;
  }
  buildIfNeeded();
  const scratch = await createScratchDatabase(serverUrl, 'dateline_load');
  const database = new URL(scratch.url).pathname.slice(1);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-load-'));
  const admin = new pg.Client({ connectionString: serverUrl });
  let server: ChildProcess | undefined;
  const log = path.join(dataDir, 'server.log');
  try {
    const serverEnv = {
      ...process.env,
      DATABASE_URL: scratch.url,
      DATA_DIR: dataDir,
      DEMO_PASSWORD: PASSWORD,
      AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
      SCHEDULER: 'off',
    };
    await runScript('scripts/seed.ts', serverEnv);
    const { editors: staff, targets } = await prepare(scratch.url);
    await admin.connect();

    const logFd = fs.openSync(log, 'a');
    server = spawnNextServer(PORT, serverEnv, ['ignore', logFd, logFd]);
    await waitForHealth(PORT, 60_000, 50);
    for (const pagePath of READ_PATHS) await (await fetch(`${ORIGIN}${pagePath}`)).text(); // warm
    const editors: Editor[] = [];
    for (const { email, storyId } of staff)
      editors.push(await openEditor(ORIGIN, email, PASSWORD, storyId));

    const results: Record<string, unknown> = { database: 'PostgreSQL' };
    if (PHASES.has('61')) {
      console.log(`61: mixed workload (${EDITORS} editors, ${READERS} readers)…`);
      results.mixedWorkload = printMixed(await mixedWorkload(server, editors));
    }
    if (PHASES.has('62')) {
      console.log(`62: soak for ${SOAK_SECONDS} s…`);
      results.soak = printSoak(await soak(server, editors, admin, database));
    }
    if (PHASES.has('64')) {
      console.log(`64: ${UPLOADS} parallel uploads of ${UPLOAD_MB} MB…`);
      results.parallelUploads = printUploads(
        await parallelUploads(
          server.pid!,
          ORIGIN,
          editors[0]!.cookie,
          await noiseJpegs(UPLOADS, UPLOAD_MB * 1024 * 1024),
          MEMORY_BUDGET_MIB,
        ),
      );
    }
    if (PHASES.has('63')) {
      console.log(`63: ${LOGINS} failed sign-ins…`);
      results.logins = printLogins(
        await logins({
          pid: server.pid!,
          origin: ORIGIN,
          article: ARTICLE,
          targets,
          url: scratch.url,
          attempts: LOGINS,
          concurrency: LOGIN_CONCURRENCY,
          probeBaselineSeconds: PROBE_BASELINE_SECONDS,
        }),
      );
    }
    writeLoadResults(results);
  } catch (error) {
    if (fs.existsSync(log)) {
      console.error('the server said (last lines):');
      console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
    }
    throw error;
  } finally {
    if (server) await stopServer(server);
    await admin.end().catch(() => {});
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
