// The read path under hostile traffic, on a production build (scripts/server.ts), on PGlite and
// (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL, in one run (docs/benchmarks.md).
// The server runs as behind the front (TRUSTED_IP_HEADER=x-real-ip), and every reader's request
// comes from an address of its own:
// - readers: 10 connections on the plain article, alone, then (each pair in turn)
// - the same readers while 20 connections send the article with a fresh utm_source and fbclid on
//   every request, once from one client looping (targets ≥ 50% of the readers' throughput, p99 <
//   20 ms) and once from a fresh address every time (a widely shared link: more readers);
// - the same readers while 20 connections search a fresh random word every time, from one client
//   and from fresh addresses: targets ≥ 50%, p99 < 50 ms, and the flood sees only 200s, 503s and
//   (from one client) 429s, never a timeout;
// - the article rendered on every request (PAGE_CACHE=off, the render budget's rest off) beside
//   the smallest App Router page that reads one row, at 10 connections: target ≥ 200 requests/s
//   on PostgreSQL;
// - the server's peak RSS over the floods: target < 512 MiB.
// Loopback only; every load is bounded in time (BENCH_SECONDS, default 5).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import { buildIfNeeded } from '@/scripts/build';
import { runCli } from '@/scripts/cli';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { peakRss } from './lib/process-stats';
import { writeResults } from './lib/results';
import { onEachDatabase } from './lib/databases';

const SECONDS = Number(process.env.BENCH_SECONDS) || 5;
const PORT = 3470;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const WORDS = ['minister', 'talks', 'budget', 'energy', 'border', 'rates', 'court', 'vote'];

interface Load {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

const fresh = () => crypto.randomBytes(6).toString('hex');

/** A client address of its own for every request: readers, or a link shared widely. */
const anyone = () =>
  `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(256)}`;
/** One client sending everything, as a loop does. */
const oneClient = () => '192.0.2.66';

/** `connections` loading paths made by `next`, from addresses made by `from`, for SECONDS. */
async function load(connections: number, next: () => string, from = anyone): Promise<Load> {
  const result = await autocannon({
    url: ORIGIN,
    connections,
    duration: SECONDS,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: next(),
          headers: { ...request.headers, 'x-real-ip': from() },
        }),
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const code of ['1', '2', '3', '4', '5']) {
    const count = (result as unknown as Record<string, number>)[`${code}xx`] ?? 0;
    if (count) statuses[`${code}xx`] = count;
  }
  // autocannon counts 429s among the 4xx; named apart, as the client's admission answers them
  const limited = result.statusCodeStats?.['429']?.count ?? 0;
  if (limited) {
    statuses['429'] = limited;
    statuses['4xx'] = (statuses['4xx'] ?? 0) - limited;
    if (!statuses['4xx']) delete statuses['4xx'];
  }
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const readers = () => load(10, () => ARTICLE);
const sharedLink = () => `${ARTICLE}?utm_source=${fresh()}&fbclid=${fresh()}`;
const search = () => `/search?q=${WORDS[crypto.randomInt(WORDS.length)]}+${fresh()}`;
const flood = (path: () => string, from: () => string) => load(20, path, from);

async function withServer<T>(env: NodeJS.ProcessEnv, work: (pid: number) => Promise<T>) {
  const server = spawnNextServer(PORT, env, 'ignore');
  try {
    await waitForHealth(PORT, 60_000, 20);
    return await work(server.pid!);
  } finally {
    await stopServer(server);
  }
}

/** The demo newsroom in the database `env` names, seeded as an operator would. */
function seed(env: NodeJS.ProcessEnv) {
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    env,
    stdio: 'ignore',
  });
  if (seeded.status !== 0) throw new Error('seeding the benchmark database failed');
}

async function measure(target: string, env: NodeJS.ProcessEnv) {
  seed(env);
  const floods = await withServer(env, async (pid) => {
    await fetch(`${ORIGIN}${ARTICLE}`); // the readers' page is in the cache
    const { result, peakMiB } = await peakRss(pid, async () => {
      // The readers alone just before each flood: on a shared machine a neighbour's load then
      // falls on both readings of a pair, and the share compares like with like.
      const beside = async (path: () => string, from: () => string) => {
        const alone = await readers();
        const [withFlood, flooding] = await Promise.all([readers(), flood(path, from)]);
        return { alone, readers: withFlood, flood: flooding };
      };
      return {
        'shared links, one client': await beside(sharedLink, oneClient),
        'shared links, fresh addresses': await beside(sharedLink, anyone),
        'searches, one client': await beside(search, oneClient),
        'searches, fresh addresses': await beside(search, anyone),
      };
    });
    return { ...result, peakMiB };
  });
  // The renderer alone: no cache, and no rest for the budget's slots (a policy for floods, not a
  // cost of rendering); four slots, as Next renders as many pages at once as it is asked.
  const renderer = {
    PAGE_CACHE: 'off',
    BENCH_PAGES: '1',
    RENDER_REST: '0',
    RENDER_CONCURRENCY: '4',
  };
  const uncached = await withServer({ ...env, ...renderer }, async () => {
    await fetch(`${ORIGIN}${ARTICLE}`);
    await fetch(`${ORIGIN}/bench/one-row`);
    const article = await load(10, () => ARTICLE);
    const oneRow = await load(10, () => '/bench/one-row');
    return { article, oneRow, ratio: Number((article.rps / oneRow.rps).toFixed(2)) };
  });
  const scenarios = Object.entries(floods).filter(([name]) => name !== 'peakMiB') as [
    string,
    { alone: Load; readers: Load; flood: Load },
  ][];
  return {
    target,
    readers: Object.fromEntries(
      scenarios.map(([name, run]) => [
        `beside ${name}`,
        {
          alone_rps: run.alone.rps,
          rps: run.readers.rps,
          share: `${Math.round((100 * run.readers.rps) / run.alone.rps)}%`,
          p99_ms: run.readers.p99_ms,
          alone_p99_ms: run.alone.p99_ms,
          errors: run.readers.errors,
        },
      ]),
    ),
    floods: Object.fromEntries(scenarios.map(([name, run]) => [name, run.flood])),
    uncached,
    peakRssMiB: floods.peakMiB,
  };
}

async function main() {
  buildIfNeeded();
  const base = {
    ...process.env,
    PORT: String(PORT),
    SCHEDULER: 'off',
    TRUSTED_IP_HEADER: 'x-real-ip',
  };
  const results = (await onEachDatabase(base, measure)).map(({ result }) => result);
  for (const result of results) {
    console.log(`\n${result.target}: readers of the cached article (10 connections)`);
    console.table(result.readers);
    console.log(`${result.target}: the floods (20 connections)`);
    console.table(
      Object.fromEntries(
        Object.entries(result.floods).map(([name, flood]) => [
          name,
          { ...flood, statuses: JSON.stringify(flood.statuses) },
        ]),
      ),
    );
    console.log(`${result.target}: rendered on every request (10 connections)`);
    console.table({
      article: result.uncached.article,
      'App Router, one row': result.uncached.oneRow,
    });
    console.log(
      `article / App Router page: ${result.uncached.ratio}; peak RSS ${result.peakRssMiB} MiB`,
    );
  }
  writeResults('read-path', { seconds: SECONDS, results });
}

runCli(main);
