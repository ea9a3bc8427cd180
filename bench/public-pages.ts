// Public pages under load, on a production build, on PGlite and (with BENCH_DATABASE_URL or
// TEST_DATABASE_URL) on PostgreSQL:
// - requests per second and p50/p99 latency at 10 and 50 connections for the front page, an
//   article, a section, search and the RSS feed, served through the page cache;
// - the same article rendered on every request (PAGE_CACHE=off);
// - publish-to-visible (p50/p95 over BENCH_STORIES publications, default 20) while the article
//   is under load;
// - server memory (RSS) after the load;
// beside the same article HTML served as a static file by Node's own http server. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfNeeded } from '@/scripts/build';
import { waitForHealth } from '@/scripts/serve';
import { createScratchDatabase } from '@/db/testing';
import { publishToVisible, signInOverHttp, type Filed } from './lib/publish-visible';

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const CONNECTION_LEVELS = [10, 50];
const DEMO_PASSWORD = 'bench-password';
const PORT = 3400;
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const PATHS = ['/', ARTICLE, '/section/security', '/search?q=air+defences', '/feed.xml'];

interface Row {
  target: string;
  path: string;
  connections: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

async function load(url: string, connections: number): Promise<Omit<Row, 'target' | 'path'>> {
  const result = await autocannon({ url, connections, duration: SECONDS });
  return {
    connections,
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Runs a script to its end; resolves with what it printed. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')}: ${code}`)),
    );
  });
}

function rssMiB(child: ChildProcess): number | null {
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function withServer<T>(env: NodeJS.ProcessEnv, work: (server: ChildProcess) => Promise<T>) {
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT)],
    { env, stdio: 'ignore' },
  );
  try {
    await waitForHealth(PORT);
    return await work(server);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

async function measureServer(target: string, env: NodeJS.ProcessEnv) {
  await run(['db/seed.ts'], env);
  const filed = JSON.parse(await run(['bench/lib/prepare-stories.ts'], env)) as Filed[];
  const origin = `http://127.0.0.1:${PORT}`;
  const cached = await withServer(env, async (server) => {
    const rows: Row[] = [];
    for (const connections of CONNECTION_LEVELS) {
      for (const pagePath of PATHS) {
        await fetch(`${origin}${pagePath}`); // warm
        rows.push({ target, path: pagePath, ...(await load(`${origin}${pagePath}`, connections)) });
      }
    }
    const html = await (await fetch(`${origin}${ARTICLE}`)).text();
    const memoryMiB = rssMiB(server);
    const cookie = await signInOverHttp(origin, 'editor@dateline.test', DEMO_PASSWORD);
    const visible = await publishToVisible(origin, cookie, filed, ARTICLE);
    return { rows, html, memoryMiB, visible };
  });
  const dynamic = await withServer({ ...env, PAGE_CACHE: 'off' }, async () => {
    await fetch(`${origin}${ARTICLE}`); // warm
    return {
      target: `${target}, no cache`,
      path: ARTICLE,
      ...(await load(`${origin}${ARTICLE}`, 10)),
    };
  });
  return { ...cached, rows: [...cached.rows, dynamic] };
}

async function staticBaseline(html: string): Promise<Row[]> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
  try {
    const rows: Row[] = [];
    for (const connections of CONNECTION_LEVELS) {
      rows.push({
        target: 'node:http static',
        path: ARTICLE,
        ...(await load(`http://127.0.0.1:${PORT + 1}/`, connections)),
      });
    }
    return rows;
  } finally {
    server.close();
  }
}

async function main() {
  buildIfNeeded();
  const base = {
    ...process.env,
    PORT: String(PORT),
    DEMO_PASSWORD,
    SCHEDULER: 'off',
  };
  const results: Row[] = [];
  const memory: Record<string, number | null> = {};
  const publishToVisibleMs: Record<string, unknown> = {};

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-pages-'));
  let html = '';
  try {
    const pglite = await measureServer('PGlite', { ...base, DATA_DIR: dataDir, DATABASE_URL: '' });
    results.push(...pglite.rows);
    memory.PGlite = pglite.memoryMiB;
    publishToVisibleMs.PGlite = pglite.visible;
    html = pglite.html;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'dateline_bench');
    try {
      const postgres = await measureServer('PostgreSQL', {
        ...base,
        DATABASE_URL: scratch.url,
        AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
      });
      results.push(...postgres.rows);
      memory.PostgreSQL = postgres.memoryMiB;
      publishToVisibleMs.PostgreSQL = postgres.visible;
    } finally {
      await scratch.drop();
    }
  }

  results.push(...(await staticBaseline(html)));
  console.log(`Public pages, ${SECONDS} s each (production build):`);
  console.table(results);
  console.log('Publish to visible on the article and front page, under load (ms):');
  console.table(publishToVisibleMs);
  console.log('Server memory after the load (RSS, MiB):', memory);
  const out = path.join('bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `public-pages-${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        cpus: os.cpus().length,
        results,
        publishToVisibleMs,
        memory,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
