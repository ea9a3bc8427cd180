import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, kindLabel, testDatabaseKinds } from '@/test/support/databases';
import { migrateDatabase } from './migrate';
import { stories } from './schema';
import { openDatabase, queryRows, type DatabaseHandle } from './open';
import journal from './migrations/meta/_journal.json';

const EXPECTED_TABLES = [
  'account_links',
  'audit_log',
  'collab_documents',
  'collab_updates',
  'comments',
  'front_page',
  'front_slots',
  'mail_outbox',
  'mail_preferences',
  'media',
  'notifications',
  'page_invalidations',
  'preview_links',
  'revision_editors',
  'revisions',
  'section_redirects',
  'sections',
  'sessions',
  'settings',
  'sign_in_throttles',
  'slug_redirects',
  'stories',
  'story_authors',
  'story_presence',
  'story_tags',
  'story_views_daily',
  'story_views_hourly',
  'tag_redirects',
  'tags',
  'users',
  'view_totals_hourly',
  'wire_clock',
  'wire_deliveries',
  'wire_events',
  'wire_keys',
  'wire_partners',
  'wire_rate_limits',
];

describe.each(testDatabaseKinds)('migrations on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it(`create the whole newsroom schema on ${kindLabel(kind)}`, async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(EXPECTED_TABLES);
  });

  it('apply nothing the second time', async () => {
    const before = await appliedMigrations(handle);
    await migrateDatabase(handle);
    expect(await appliedMigrations(handle)).toBe(before);
  });

  it('give stories a search column that ranks headline words above body words', async () => {
    await handle.db.insert(stories).values([
      { slug: 'in-body', headline: 'Talks resume', bodyText: 'The pipeline reopened on Monday.' },
      { slug: 'in-headline', headline: 'Pipeline reopens', bodyText: 'Gas flows again.' },
    ]);
    const rows = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from stories where search @@ websearch_to_tsquery('english', 'pipeline')
          order by ts_rank(search, websearch_to_tsquery('english', 'pipeline')) desc`,
    );
    expect(rows.map((row) => row.slug)).toEqual(['in-headline', 'in-body']);
  });
});

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row!.n;
}

describe.runIf(testDatabaseKinds.includes('postgres'))(
  'concurrent migrations on PostgreSQL',
  () => {
    it('let one process apply them while the other waits and applies nothing', async () => {
      // A fresh, unmigrated database, opened by two "processes" (two pools) at once.
      const fresh = await createTestDatabase('postgres');
      await fresh.db.execute(sql`drop schema public cascade`);
      await fresh.db.execute(sql`drop schema drizzle cascade`);
      await fresh.db.execute(sql`create schema public`);
      const url = (fresh.pool!.options as { connectionString: string }).connectionString;
      const [a, b] = await Promise.all([
        openDatabase({ kind: 'postgres', url }),
        openDatabase({ kind: 'postgres', url }),
      ]);
      try {
        await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
        expect(await appliedMigrations(a)).toBe(journal.entries.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
        await fresh.close();
      }
    });
  },
);
