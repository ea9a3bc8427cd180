// Test databases for integration tests: every suite runs once per kind in `testDatabaseKinds`,
// on a fresh, migrated database of its own, so suites can run in parallel.
import crypto from 'node:crypto';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { migrateDatabase } from './migrate';
import { asc, eq, sql } from 'drizzle-orm';
import { sections, stories, users } from './schema';
import {
  openDatabase,
  queryRows,
  wrapPglite,
  type Database,
  type DatabaseHandle,
  type DatabaseKind,
} from './open';

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

const FINGERPRINT_TABLES = ['users', 'settings', 'sign_in_throttles', 'stories', 'invites'];

export const TEST_PASSWORD = 'a long enough password';

/** A member of staff with a unique email, as the actor services take (plus the email). */
export async function createTestStaff(
  handle: DatabaseHandle,
  role: 'correspondent' | 'editor' | 'admin',
): Promise<{ id: string; role: typeof role; active: true; email: string }> {
  const { insertStaff } = await import('@/lib/services/users');
  const tag = crypto.randomBytes(4).toString('hex');
  const user = await insertStaff(
    handle.db,
    { email: `${role}-${tag}@dateline.test`, displayName: `${role} ${tag}`, role, title: '' },
    TEST_PASSWORD,
    null,
  );
  return { id: user.id, role, active: true, email: user.email };
}

/** A section to file test stories in; answers its id. */
export async function createTestSection(
  handle: DatabaseHandle,
  slug: string,
  name: string,
): Promise<string> {
  const [section] = await handle.db.insert(sections).values({ slug, name }).returning();
  return section!.id;
}

export interface FiledStory {
  id: string;
  slug: string;
  /** The version after submission: what the next workflow step must name as its base. */
  version: number;
}

/**
 * Files `count` short stories as the demo correspondent (in the first section, datelined) and
 * submits them, ready for an editor to publish or schedule: the benchmarks and the system tests
 * start from these on a seeded demo newsroom.
 */
export async function fileDemoStories(
  db: Database,
  count: number,
  label = 'Dispatch',
): Promise<FiledStory[]> {
  const { createStory, loadEditorState, saveStory } = await import('@/lib/services/stories');
  const { transitionStory } = await import('@/lib/services/workflow');
  const [reporter] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'correspondent@dateline.test'));
  const [section] = await db.select().from(sections).orderBy(asc(sections.position)).limit(1);
  if (!reporter || !section) throw new Error('fileDemoStories needs the demo newsroom (db:seed)');
  const actor = { id: reporter.id, role: reporter.role, active: true };
  const run = crypto.randomBytes(3).toString('hex');
  const filed: FiledStory[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await createStory(db, actor, { headline: `${label} ${i + 1} ${run}` });
    const state = await loadEditorState(db, actor, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(db, actor, id, {
      baseVersion: state.version,
      meta: { ...meta, dateline: 'Washington D.C.', sectionId: section.id },
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A short dispatch.' }] }],
      },
    });
    const saved = await loadEditorState(db, actor, id);
    const { version } = await transitionStory(db, actor, id, {
      transition: 'submit',
      baseVersion: saved.version,
    });
    const [row] = await db.select({ slug: stories.slug }).from(stories).where(eq(stories.id, id));
    filed.push({ id, slug: row!.slug, version });
  }
  return filed;
}
