// App instances for the system tests: real production servers (scripts/server.ts) of the build on a
// scratch PostgreSQL database seeded with the demo newsroom, started, stopped and killed the way
// an operator or a crash would. Ports come from 3600–3699, which nothing else on a shared
// machine uses.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@/db/open';
import { users } from '@/db/schema';
import { createScratchDatabase } from '@/test/support/databases';
import type { Actor } from '@/lib/permissions';
import { spawnNextServer } from '@/scripts/serve';

/** Every instance of one run shares the session key, so a session from one works on the other. */
export const AUTH_SECRET = crypto.randomBytes(32).toString('base64url');
export const DEMO_PASSWORD = 'system test password';
export const EDITOR = 'editor@dateline.test';

export interface InstanceOptions {
  name: string;
  port: number;
  databaseUrl: string;
  scheduler?: boolean;
  env?: Record<string, string>;
}

export interface Instance {
  name: string;
  port: number;
  origin: string;
  /** What the server printed (the last 400 lines). */
  output(): string;
  /** SIGTERM, as an orderly shutdown; resolves when the process is gone and its folder too. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash; resolves when the process is gone. */
  kill(): Promise<void>;
  /** Starts the same server again (same port, database and settings); resolves when healthy. */
  restart(): Promise<void>;
}

// Children still running when the test process leaves (a failed hook, an interrupt) are killed,
// so no server outlives its suite.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * This process's environment without the test runner's own (NODE_ENV=test, VITEST…), and without
 * a shared page cache: a suite that wants one names it (REDIS_URL), with keys of its own.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('VITEST') && name !== 'TEST' && !name.startsWith('REDIS_'),
  );
  return { ...Object.fromEntries(inherited), NODE_ENV: 'production' };
}

function instanceEnv(options: InstanceOptions, dataDir: string): NodeJS.ProcessEnv {
  const origin = `http://127.0.0.1:${options.port}`;
  return {
    ...cleanEnv(),
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: dataDir,
    AUTH_SECRET,
    DEMO_PASSWORD,
    SITE_URL: origin,
    AUTH_URL: origin,
    PORT: String(options.port),
    SCHEDULER: options.scheduler ? 'on' : 'off',
    ...options.env,
  };
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  // Media and anything else local go to a folder of the instance's own, never ./data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `dateline-system-${options.name}-`));
  const lines: string[] = [];
  let child: ChildProcess;

  const launch = async () => {
    const started = spawnNextServer(options.port, instanceEnv(options, dataDir), [
      'ignore',
      'pipe',
      'pipe',
    ]);
    child = started;
    running.add(started);
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code, signal) => {
        running.delete(started);
        reject(new Error(`${options.name} exited (${signal ?? code}) before it was healthy`));
      }),
    );
    exited.catch(() => {}); // only a rejection while starting matters
    for (const stream of [started.stdout!, started.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        lines.push(...text.trimEnd().split('\n'));
        lines.splice(0, Math.max(0, lines.length - 400));
      });
    }
    try {
      await Promise.race([waitForHealthy(options.port, 60_000), exited]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${lines.slice(-30).join('\n')}`);
    }
  };

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  };

  try {
    await launch();
  } catch (error) {
    await end('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name: options.name,
    port: options.port,
    origin: `http://127.0.0.1:${options.port}`,
    output: () => lines.join('\n'),
    async stop() {
      await end('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    kill: () => end('SIGKILL'),
    restart: launch,
  };
}

/** Polls /api/health until it answers 200. */
async function waitForHealthy(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server on port ${port} did not become healthy in ${timeoutMs / 1000} s`);
}

/** Runs a TypeScript script with tsx to its end. */
function runScript(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...cleanEnv(), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (${code}): ${errors}`)),
    );
  });
}

export interface SeededDatabase {
  url: string;
  /** The test process's own connection to it, for preparing stories and checking rows. */
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/**
 * A scratch database on the TEST_DATABASE_URL server with the demo newsroom in it, seeded the way
 * an operator would (`npm run db:seed`, which migrates first), with the suite's demo password.
 */
export async function seededDatabase(): Promise<SeededDatabase> {
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'dateline_system');
  try {
    await runScript('scripts/seed.ts', { DATABASE_URL: scratch.url, DEMO_PASSWORD });
    const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
    return {
      url: scratch.url,
      handle,
      async drop() {
        await handle.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

/** A demo member of staff as the services take them. */
export async function demoActor(handle: DatabaseHandle, email: string): Promise<Actor> {
  const [user] = await handle.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  return { id: user.id, role: user.role, active: user.active };
}

/** The URL of the same database reached through another port on this machine (the TCP proxy). */
export function throughPort(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}
