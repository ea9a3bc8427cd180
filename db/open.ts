import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';
import { acquirePgliteLock } from './pglite-lock';
import { ConfigError, describeConnectError } from './errors';
import { dataDir } from './data-dir';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseTarget =
  | { kind: 'pglite'; dir: string | null } // null: in memory (tests)
  | { kind: 'postgres'; url: string };

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Answers true when a trivial query succeeds within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
  /** PostgreSQL only: the pool, for advisory locks on one connection. */
  pool?: pg.Pool;
  /** PGlite only: the instance, for cloning in tests. */
  pglite?: PGlite;
}

/** The database the environment names: DATABASE_URL, else PGlite under DATA_DIR. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dir: path.join(dataDir(), 'pglite') };
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgres' ? openPostgres(target.url) : openPglite(target.dir);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE) || 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  // Without a listener, an idle client's error (a server restart) would kill the process.
  pool.on('error', (error) => {
    console.error(`dateline: PostgreSQL connection lost (${error.message.split('\n')[0]})`);
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw describeConnectError(error, url);
  }
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    pool,
    ping: (timeoutMs) => ping(db, timeoutMs),
    close: () => pool.end(),
  };
}

async function openPglite(dir: string | null): Promise<DatabaseHandle> {
  let release = () => {};
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    release = acquirePgliteLock(`${dir}.lock`, dir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: dir ?? undefined, startParams: pgliteStartParams() });
  } catch (error) {
    release();
    throw new ConfigError(
      `Cannot open the PGlite database in ${dir}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return wrapPglite(client, release);
}

/**
 * PGlite's own start parameters plus a smaller buffer pool: PostgreSQL's default 128 MB of
 * shared buffers lives inside the WebAssembly heap, and with it the server's resident memory
 * passed 512 MiB under load. 32 MB holds a newsroom's working set; PGLITE_SHARED_BUFFERS changes
 * it. (PGlite's `postgresqlconf` option would rewrite the directory's postgresql.conf whole,
 * losing its time zone and text-search settings, so the value goes on the command line.)
 */
function pgliteStartParams(): string[] {
  const buffers = process.env.PGLITE_SHARED_BUFFERS || '32MB';
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${buffers}`];
}

/** Wraps an open PGlite instance (also used by tests for cloned instances). */
export function wrapPglite(client: PGlite, release: () => void = () => {}): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    ping: (timeoutMs) => ping(db, timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      try {
        // Flush to disk so the next start needs no WAL replay.
        if (!client.closed) {
          await client.query('CHECKPOINT');
          await client.close();
        }
      } finally {
        release();
      }
    },
  };
}

async function ping(db: Database, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A database or an open transaction: what services pass to helpers that write. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
