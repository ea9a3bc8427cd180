// npm run cluster — two app instances on one PostgreSQL database, as behind a load balancer, for
// trying by hand what the system tests check (publish on one, read on the other; the schedulers;
// the shared sign-in throttle) and for putting a reverse proxy in front of. Runs until Ctrl-C.
//
// The database is DATABASE_URL's (migrated; the demo seeded only with SEED_DEMO=true), or else a
// scratch database on TEST_DATABASE_URL's server, seeded with the demo newsroom and dropped on
// exit. PGlite cannot be shared by two processes, so one of the two is needed. The instances
// listen on PORT (default 3000) and PORT + 1 and share AUTH_SECRET, so a session from one is good
// on the other; without AUTH_SECRET one is made up for this run.
//
// With REDIS_URL, both share the page cache in Redis (lib/public/shared-cache.ts). Pages are
// shared between instances of one public address, so both then take A's address as SITE_URL
// unless it is set; on a scratch database the run's keys get a prefix of their own (they expire
// within a day), so that no page of an earlier run's database is served.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { prepareDatabase, printDemoSignIns } from '@/lib/demo/prepare';
import { ConfigError, safeTarget } from '@/db/errors';
import { createScratchDatabase } from '@/test/support/databases';
import { buildIfNeeded } from './build';
import { exitWithError } from './cli';
import { spawnNextServer, waitForHealth } from './serve';

interface Running {
  name: string;
  port: number;
  child: ChildProcess;
}

/** DATABASE_URL, or a scratch database made for this run (with its `drop`). */
async function chooseDatabase(): Promise<{
  url: string;
  seed: boolean;
  /** The scratch database's name; none for DATABASE_URL's. */
  scratch?: string;
  drop?: () => Promise<void>;
}> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, seed: process.env.SEED_DEMO === 'true' };
  }
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    throw new ConfigError(
      'npm run cluster needs PostgreSQL: set DATABASE_URL, or TEST_DATABASE_URL for a scratch ' +
        'database (two processes cannot share the embedded PGlite database).',
    );
  }
  const scratch = await createScratchDatabase(server, 'dateline_cluster');
  return {
    url: scratch.url,
    seed: true,
    scratch: new URL(scratch.url).pathname.slice(1),
    drop: scratch.drop,
  };
}

/** Where REDIS_URL points, without its password. */
function redisTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}${parsed.pathname}`;
  } catch {
    return '(an unparseable REDIS_URL)';
  }
}

/** Prefixes each line a child prints with its instance's name. */
function relayOutput(name: string, child: ChildProcess) {
  for (const [stream, out] of [
    [child.stdout!, process.stdout],
    [child.stderr!, process.stderr],
  ] as const) {
    stream.setEncoding('utf8');
    let partial = '';
    stream.on('data', (text: string) => {
      const lines = (partial + text).split('\n');
      partial = lines.pop()!;
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  }
}

async function main() {
  const database = await chooseDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ||= crypto.randomBytes(32).toString('base64url');
  const basePort = Number(process.env.PORT) || 3000;
  const redis = process.env.REDIS_URL;
  if (redis && database.scratch) process.env.REDIS_KEY_PREFIX ||= `${database.scratch}:`;
  // One public address for both when they share pages: a page's links are built from it.
  const sharedSite = redis ? `http://127.0.0.1:${basePort}` : undefined;
  const instances: Running[] = [];
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      instances.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
    if (database.drop) {
      await database.drop().catch((error: unknown) => console.error(error));
      console.log('dateline: scratch database dropped.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    buildIfNeeded();
    await prepareDatabase({ seed: database.seed ? 'always' : 'never' });
    for (const [index, name] of ['A', 'B'].entries()) {
      const port = basePort + index;
      const own = `http://127.0.0.1:${port}`;
      const child = spawnNextServer(
        port,
        {
          ...process.env,
          // Behind a front, set SITE_URL and AUTH_URL to its address; alone, each is its own.
          SITE_URL: process.env.SITE_URL || sharedSite || own,
          AUTH_URL: process.env.AUTH_URL || process.env.SITE_URL || own,
        },
        ['ignore', 'pipe', 'pipe'],
      );
      relayOutput(name, child);
      child.on('exit', (code, signal) => {
        if (stopping) return;
        // Ctrl-C reaches the instances too (one process group), and may be seen here first.
        const interrupted =
          signal === 'SIGINT' || signal === 'SIGTERM' || code === 130 || code === 143;
        if (!interrupted) {
          console.error(
            `dateline: instance ${name} stopped (${signal ?? code}); stopping the other.`,
          );
        }
        void stop(interrupted ? 0 : 1);
      });
      instances.push({ name, port, child });
    }
    await Promise.all(instances.map(({ port }) => waitForHealth(port)));
  } catch (error) {
    stopping = true;
    for (const { child } of instances) child.kill('SIGTERM');
    if (database.drop) await database.drop().catch(() => {});
    throw error;
  }

  console.log(`\nDateline cluster on ${safeTarget(database.url)}:`);
  for (const { name, port } of instances) console.log(`  ${name}  http://127.0.0.1:${port}`);
  console.log(
    redis
      ? `Shared page cache: Redis at ${redisTarget(redis)} (keys prefixed ` +
          `"${process.env.REDIS_KEY_PREFIX || 'dateline:'}").`
      : 'Page caches: one per instance (set REDIS_URL to share them through Redis).',
  );
  if (database.seed) printDemoSignIns();
  console.log('Ctrl-C stops both.');
}

main().catch(exitWithError);
