// Every benchmark that runs a server does it twice: on a fresh PGlite directory, then on a scratch
// PostgreSQL database when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '@/db/open';
import { createScratchDatabase } from '@/test/support/databases';

export type DatabaseTarget = 'PGlite' | 'PostgreSQL';

export async function onEachDatabase<T>(
  base: NodeJS.ProcessEnv,
  measure: (target: DatabaseTarget, env: NodeJS.ProcessEnv) => Promise<T>,
): Promise<{ target: DatabaseTarget; result: T }[]> {
  const done: { target: DatabaseTarget; result: T }[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
  try {
    const result = await measure('PGlite', { ...base, DATA_DIR: dataDir, DATABASE_URL: '' });
    done.push({ target: 'PGlite', result });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) return done;
  const scratch = await createScratchDatabase(serverUrl, 'dateline_bench');
  try {
    const secret = crypto.randomBytes(32).toString('base64url');
    const env = { ...base, DATABASE_URL: scratch.url, AUTH_SECRET: secret };
    done.push({ target: 'PostgreSQL', result: await measure('PostgreSQL', env) });
  } finally {
    await scratch.drop();
  }
  return done;
}

/**
 * The same for a benchmark that works in this process: `measure` gets an open PGlite database in
 * a fresh directory, then a scratch PostgreSQL database when a server is named.
 */
export async function onEachOpenDatabase<T>(
  measure: (handle: DatabaseHandle) => Promise<T>,
): Promise<{ pglite: T; postgres: T | string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
  const pglite = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
  let first: T;
  try {
    first = await measure(pglite);
  } finally {
    await pglite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return { pglite: first, postgres: 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL' };
  }
  const scratch = await createScratchDatabase(serverUrl, 'dateline_bench');
  const postgres = await openDatabase({ kind: 'postgres', url: scratch.url });
  try {
    return { pglite: first, postgres: await measure(postgres) };
  } finally {
    await postgres.close();
    await scratch.drop();
  }
}
