// Public pages under load, on a production build: requests per second and p50/p99 latency at 10
// connections for the front page, an article, a section, search and the RSS feed, on PGlite and
// (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL, beside the same article HTML served
// as a static file by Node's own http server. Loopback only, bounded in time.
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

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const CONNECTIONS = 10;
const PORT = 3400;
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const PATHS = ['/', ARTICLE, '/section/security', '/search?q=air+defences', '/feed.xml'];

interface Row {
  target: string;
  path: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

async function load(url: string): Promise<Omit<Row, 'target' | 'path'>> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: ${code}`)),
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

async function measureServer(target: string, env: NodeJS.ProcessEnv) {
  await run(process.execPath, ['--import', 'tsx', 'db/seed.ts'], env);
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT)],
    { env, stdio: 'ignore' },
  );
  try {
    await waitForHealth(PORT);
    const rows: Row[] = [];
    for (const pagePath of PATHS) {
      const url = `http://127.0.0.1:${PORT}${pagePath}`;
      await fetch(url); // warm
      rows.push({ target, path: pagePath, ...(await load(url)) });
    }
    const html = await (await fetch(`http://127.0.0.1:${PORT}${ARTICLE}`)).text();
    return { rows, html, memoryMiB: rssMiB(server) };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

async function staticBaseline(html: string): Promise<Row> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
  try {
    return {
      target: 'node:http static',
      path: ARTICLE,
      ...(await load(`http://127.0.0.1:${PORT + 1}/`)),
    };
  } finally {
    server.close();
  }
}

async function main() {
  buildIfNeeded();
  const base = {
    ...process.env,
    PORT: String(PORT),
    DEMO_PASSWORD: 'bench-password',
    SCHEDULER: 'off',
  };
  const results: Row[] = [];
  const memory: Record<string, number | null> = {};

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-pages-'));
  let html = '';
  try {
    const pglite = await measureServer('PGlite', { ...base, DATA_DIR: dataDir, DATABASE_URL: '' });
    results.push(...pglite.rows);
    memory.PGlite = pglite.memoryMiB;
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
    } finally {
      await scratch.drop();
    }
  }

  results.push(await staticBaseline(html));
  console.log(`Public pages, ${CONNECTIONS} connections, ${SECONDS} s each (production build):`);
  console.table(results);
  console.log('Server memory after the load (RSS, MiB):', memory);
  const out = path.join('bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `public-pages-${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, results, memory }, null, 2)}\n`,
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
