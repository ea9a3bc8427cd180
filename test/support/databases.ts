// Test databases for integration tests: every suite runs once per kind in `testDatabaseKinds`,
// on a fresh, migrated database of its own, so suites can run in parallel. Scratch databases on a
// PostgreSQL server serve the benchmarks and the system suite too.
import crypto from 'node:crypto';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '@/db/migrate';
import {
  openDatabase,
  queryRows,
  wrapPglite,
  type DatabaseHandle,
  type DatabaseKind,
} from '@/db/open';

export const testDatabaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export const kindLabel = (kind: DatabaseKind) => (kind === 'pglite' ? 'PGlite' : 'PostgreSQL');

let pgliteTemplate: Promise<PGlite> | undefined;

// Migrating a new PGlite takes seconds; cloning a migrated one takes a fraction of that.
async function migratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const handle = await openDatabase({ kind: 'pglite', dir: null });
    await migrateDatabase(handle);
    return handle.pglite!;
  })();
  return (await (await pgliteTemplate).clone()) as PGlite;
}

/**
 * An empty database of its own on a PostgreSQL server (for tests and benchmarks): its URL, and
 * `drop()` to throw it away.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = 'dateline_test',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** A fresh, migrated database of the given kind; `close()` throws it away. */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') return wrapPglite(await migratedPglite());
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!);
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
  await migrateDatabase(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * A fingerprint of everything a refused call must leave alone: the rows of the tables people and
 * settings live in, and the number of audit rows. Equal before and after means "nothing changed".
 */
export async function fingerprint(handle: DatabaseHandle, tables = FINGERPRINT_TABLES) {
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = await queryRows<{ digest: string | null }>(
      handle.db,
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(table)} t`,
    );
    parts.push(`${table}:${row?.digest}`);
  }
  const [audit] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from audit_log`,
  );
  return `${parts.join(',')},audit:${audit?.n}`;
}

const FINGERPRINT_TABLES = [
  'users',
  'settings',
  'sign_in_throttles',
  'stories',
  'account_links',
  'mail_outbox',
];
