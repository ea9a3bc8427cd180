import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { seedDemoNewsroom } from './seed-newsroom';
import { WASHINGTON_DISPATCH_SLUG } from './seed-data/dispatches';
import { media, revisions, stories, users } from '@/db/schema';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { verifyPassword } from '@/lib/auth/password';
import { blockers, runChecklist } from '@/lib/checklist';

describe.each(testDatabaseKinds)('the demo newsroom on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
  });
  afterAll(() => handle.close());

  it('has the four demo staff with their roles and the demo password', async () => {
    const rows = await handle.db
      .select({ email: users.email, role: users.role, hash: users.passwordHash })
      .from(users)
      .orderBy(users.email);
    expect(rows.map(({ email, role }) => [email, role])).toEqual([
      ['admin@dateline.test', 'admin'],
      ['correspondent2@dateline.test', 'correspondent'],
      ['correspondent@dateline.test', 'correspondent'],
      ['editor@dateline.test', 'editor'],
    ]);
    expect(await verifyPassword(rows[0]!.hash!, 'demo-password-for-tests')).toBe(true);
  });

  it('has 40 or more published dispatches spread over the last weeks, and some unpublished', async () => {
    const rows = await queryRows<{ state: string; n: number; spread_days: number | null }>(
      handle.db,
      sql`select state, count(*)::int as n,
            extract(day from max(published_at) - min(published_at))::int as spread_days
          from stories group by state order by state`,
    );
    const byState = Object.fromEntries(rows.map((row) => [row.state, row]));
    expect(byState.published!.n).toBeGreaterThanOrEqual(40);
    expect(byState.published!.spread_days).toBeGreaterThanOrEqual(14);
    expect(byState.draft!.n).toBeGreaterThan(0);
    expect(byState.submitted!.n).toBeGreaterThan(0);
  });

  it('passes the publishing checklist’s Must items with every story the demo publishes', async () => {
    const rows = await handle.db
      .select({ state: stories.state, meta: revisions.meta, body: revisions.body, alt: media.alt })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .leftJoin(media, sql`${media.id}::text = ${revisions.meta} ->> 'featuredMediaId'`);
    const published = rows.filter((row) => row.state === 'published');
    expect(published.length).toBeGreaterThanOrEqual(40);
    for (const row of published) {
      const failing = blockers(
        runChecklist({ meta: row.meta, body: row.body, featuredAlt: row.alt }),
      );
      expect({ headline: row.meta.headline, failing: failing.map((item) => item.fix) }).toEqual({
        headline: row.meta.headline,
        failing: [],
      });
    }
  });

  it('points every story at a working revision, and published ones at a published revision', async () => {
    const rows = await handle.db
      .select({
        state: stories.state,
        working: stories.workingRevisionId,
        published: stories.publishedRevisionId,
      })
      .from(stories);
    for (const row of rows) {
      expect(row.working).not.toBeNull();
      expect(row.published !== null).toBe(row.state === 'published');
    }
  });

  it('includes the Washington dispatch, searchable by its words', async () => {
    const rows = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from stories where search @@ websearch_to_tsquery('english', 'pentagon air defences') order by ts_rank(search, websearch_to_tsquery('english', 'pentagon air defences')) desc limit 1`,
    );
    expect(rows[0]?.slug).toBe(WASHINGTON_DISPATCH_SLUG);
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      (await handle.db.select({ n: sql<number>`count(*)::int` }).from(stories))[0]!.n;
    const before = await count();
    const again = await seedDemoNewsroom(handle.db, { password: 'another-password' });
    expect(again.storiesCreated).toBe(0);
    expect(await count()).toBe(before);
    const [admin] = await handle.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'admin@dateline.test'));
    expect(await verifyPassword(admin!.hash!, 'demo-password-for-tests')).toBe(true);
  });
});
