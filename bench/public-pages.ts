// Public pages under load, on a production build (scripts/server.ts), on PGlite and (with
// BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL:
// - requests per second and p50/p99 latency at 10 and 50 connections for the front page, an
//   article, a section, search and the RSS feed, served through the page cache;
// - the article and front page through the nginx front (deploy/), when Debian's nginx is there;
// (the article rendered on every request, and hostile traffic, are bench/read-path.ts's);
// - publish-to-visible (p50/p95 over BENCH_STORIES publications, default 20) while the article is
//   under load, at the app and through the front;
// - server memory (peak RSS during the load) and the first response after a cold start;
// beside the same article HTML served as a static file by nginx and by Node's own http server,
// which gives the ratio to the limit of this machine. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { buildIfNeeded } from '@/scripts/build';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { nginxAvailable, startFront, startStaticNginx } from '@/deploy/front';
import { publishToVisible, signInOverHttp, type Filed } from './lib/publish-visible';
import { runCli } from '@/scripts/cli';
import { writeResults } from './lib/results';
import { onEachDatabase } from './lib/databases';

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const CONNECTION_LEVELS = [10, 50];
const DEMO_PASSWORD = 'bench-password';
const PORT = 3400;
const FRONT_PORT = 3450;
const STATIC_NGINX_PORT = 3451;
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

/** Loads `url`; a response other than 2xx counts as an error. */
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

/** The highest RSS the server reaches while `work` runs, sampled every 100 ms. */
async function peakMemory<T>(server: ChildProcess, work: () => Promise<T>) {
  let peak = rssMiB(server) ?? 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(server) ?? 0)), 100);
  try {
    return { result: await work(), peakMiB: peak };
  } finally {
    clearInterval(timer);
  }
}

async function withServer<T>(
  env: NodeJS.ProcessEnv,
  work: (server: ChildProcess, coldStartMs: number) => Promise<T>,
) {
  const started = performance.now();
  const server = spawnNextServer(PORT, env, 'ignore');
  try {
    await waitForHealth(PORT, 60_000, 20);
    return await work(server, Math.round(performance.now() - started));
  } finally {
    await stopServer(server);
  }
}

async function measureServer(target: string, env: NodeJS.ProcessEnv) {
  await run(['scripts/seed.ts'], env);
  const filed = JSON.parse(await run(['bench/lib/prepare-stories.ts'], env)) as Filed[];
  const origin = `http://127.0.0.1:${PORT}`;
  const half = Math.floor(filed.length / 2);
  return withServer(env, async (server, coldStartMs) => {
    const rows: Row[] = [];
    const { peakMiB } = await peakMemory(server, async () => {
      for (const connections of CONNECTION_LEVELS) {
        for (const pagePath of PATHS) {
          await fetch(`${origin}${pagePath}`); // warm
          rows.push({
            target,
            path: pagePath,
            ...(await load(`${origin}${pagePath}`, connections)),
          });
        }
      }
    });
    const html = await (await fetch(`${origin}${ARTICLE}`)).text();
    const cookie = await signInOverHttp(origin, 'editor@dateline.test', DEMO_PASSWORD);
    const visible: Record<string, unknown> = {
      app: await publishToVisible(origin, origin, cookie, filed.slice(0, half), ARTICLE),
    };
    if (nginxAvailable()) {
      const front = await startFront(FRONT_PORT, [`127.0.0.1:${PORT}`]);
      const via = `http://127.0.0.1:${FRONT_PORT}`;
      try {
        for (const connections of CONNECTION_LEVELS) {
          for (const pagePath of ['/', ARTICLE]) {
            await fetch(`${via}${pagePath}`);
            rows.push({
              target: `${target} via nginx front`,
              path: pagePath,
              ...(await load(`${via}${pagePath}`, connections)),
            });
          }
        }
        visible.front = await publishToVisible(origin, via, cookie, filed.slice(half), ARTICLE);
      } finally {
        await front.stop();
      }
    }
    return { rows, html, memoryMiB: peakMiB, visible, coldStartMs };
  });
}

async function staticBaseline(html: string): Promise<Row[]> {
  const rows: Row[] = [];
  if (nginxAvailable()) {
    const nginx = await startStaticNginx(STATIC_NGINX_PORT, html);
    try {
      for (const connections of CONNECTION_LEVELS) {
        rows.push({
          target: 'nginx static',
          path: ARTICLE,
          ...(await load(`http://127.0.0.1:${STATIC_NGINX_PORT}/`, connections)),
        });
      }
    } finally {
      await nginx.stop();
    }
  }
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
  try {
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

/** The article's figures as fractions of nginx serving the same HTML as a file. */
function ratios(results: Row[]) {
  const find = (target: string, connections: number) =>
    results.find(
      (row) => row.target === target && row.path === ARTICLE && row.connections === connections,
    );
  const out: Record<string, string> = {};
  for (const connections of CONNECTION_LEVELS) {
    const ceiling = find('nginx static', connections);
    if (!ceiling) continue;
    for (const row of results.filter((r) => r.path === ARTICLE && r.connections === connections)) {
      if (row.target === 'nginx static') continue;
      out[`${row.target}, ${connections} connections`] = `1/${(ceiling.rps / row.rps).toFixed(1)}`;
    }
  }
  return out;
}

async function main() {
  buildIfNeeded();
  const base = {
    ...process.env,
    PORT: String(PORT),
    DEMO_PASSWORD,
    SCHEDULER: 'off',
    // The app refreshes the front's copies of what a change drops (lib/page-cache/front-refresh.ts).
    FRONT_URL: `http://127.0.0.1:${FRONT_PORT}`,
  };
  const results: Row[] = [];
  const memory: Record<string, number | null> = {};
  const publishToVisibleMs: Record<string, unknown> = {};
  const coldStartMs: Record<string, number> = {};

  let html = '';
  for (const { target, result } of await onEachDatabase(base, measureServer)) {
    results.push(...result.rows);
    memory[target] = result.memoryMiB;
    publishToVisibleMs[target] = result.visible;
    coldStartMs[target] = result.coldStartMs;
    html ||= result.html;
  }

  results.push(...(await staticBaseline(html)));
  console.log(`Public pages, ${SECONDS} s each (production build):`);
  console.table(results);
  console.log('The article as a fraction of nginx serving it as a static file:');
  console.table(ratios(results));
  console.log('Publish to visible on the article and front page, under load (ms):');
  for (const [target, figures] of Object.entries(publishToVisibleMs)) {
    console.log(target);
    console.table(figures);
  }
  console.log('Server memory, peak during the load (RSS, MiB):', memory);
  console.log('First answer after a cold start (ms):', coldStartMs);
  writeResults('public-pages', {
    results,
    ratios: ratios(results),
    publishToVisibleMs,
    memoryPeakMiB: memory,
    coldStartMs,
  });
}

runCli(main);
