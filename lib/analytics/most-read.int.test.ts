import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { queryRows } from '@/db/open';
import { stories } from '@/db/schema';
import type { DatabaseHandle } from '@/db';
import { mostReadStories } from '@/lib/public/most-read';
import { ViewCounter } from './counter';
import { flushViews } from './flush';
import { refreshMostRead } from './most-read-watch';

describe.each(testDatabaseKinds)('the most read list on %s', (kind) => {
  let handle: DatabaseHandle;
  let published: string[];

  const read = async (views: Record<string, number>, at = Date.now()) => {
    const counter = new ViewCounter(() => at);
    for (const [id, n] of Object.entries(views)) for (let i = 0; i < n; i++) counter.record(id);
    await flushViews(handle.db, counter);
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    const rows = await queryRows<{ id: string }>(
      handle.db,
      // The list is of the default language's stories (the demo's Russian and Azerbaijani ones
      // have lists of their own).
      sql`select id from stories where state = 'published' and language = 'en' order by published_at desc`,
    );
    published = rows.map((row) => row.id);
  }, 60_000);
  afterAll(() => handle.close());

  it('ranks the last 24 hours’ views, five stories, public ones only', async () => {
    const [a, b, c, d, e, f, g] = published;
    await read({ [a!]: 3, [b!]: 9, [c!]: 5, [d!]: 1, [e!]: 2, [f!]: 4 });
    // Two days ago: too old to count.
    await read({ [g!]: 50 }, Date.now() - 48 * 3_600_000);
    const top = await mostReadStories(handle.db);
    expect(top.map((s) => s.id)).toEqual([b, c, f, a, e]);
    expect(top[0]!.views).toBe(9);

    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, b!));
    expect((await mostReadStories(handle.db)).map((s) => s.id)).toEqual([c, f, a, e, d]);
    await handle.db.update(stories).set({ state: 'published' }).where(eq(stories.id, b!));
  });

  it('records an invalidation only when the list changed, and at most once an interval', async () => {
    const first = await refreshMostRead(handle.db, 60_000);
    expect(first?.tags).toEqual(['most-read']);
    // Unchanged, or changed within the interval: nothing.
    expect(await refreshMostRead(handle.db, 0)).toBeNull();
    await read({ [published[5]!]: 100 });
    expect(await refreshMostRead(handle.db, 60_000)).toBeNull();
    // Past the interval, the change is recorded once, even by two instances at the same moment.
    const both = await Promise.all([refreshMostRead(handle.db, 0), refreshMostRead(handle.db, 0)]);
    expect(both.filter(Boolean)).toHaveLength(1);
    const outbox = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from page_invalidations where tags = array['most-read']`,
    );
    expect(outbox[0]!.n).toBe(2);
  });
});
