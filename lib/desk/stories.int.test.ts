import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import type { DatabaseHandle } from '@/db/open';
import { DEMO_STORY_COUNT, seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { slugRedirects, stories, users, type Role } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { articleRoute } from '@/lib/public/routing';
import { deskFiltersSchema, deskQueues, deskStories } from './stories';

describe.each(testDatabaseKinds)('desk lists on %s', (kind) => {
  let handle: DatabaseHandle;
  const staff: Partial<Record<'correspondent' | 'correspondent2' | 'editor', Actor>> = {};
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    for (const key of ['correspondent', 'correspondent2', 'editor'] as const) {
      const [row] = await handle.db
        .select()
        .from(users)
        .where(eq(users.email, `${key}@dateline.test`));
      staff[key] = { id: row!.id, role: row!.role as Role, active: true };
    }
  });
  afterAll(() => handle.close());

  it('gives a correspondent only their own stories, whatever the filters say', async () => {
    const mine = await deskStories(handle.db, staff.correspondent!);
    const theirs = await deskStories(handle.db, staff.correspondent2!);
    const mineIds = new Set(mine.rows.map((row) => row.id));
    expect(theirs.rows.some((row) => mineIds.has(row.id))).toBe(false);
    const probing = await deskStories(handle.db, staff.correspondent!, {
      author: staff.correspondent2!.id,
    });
    expect(probing.rows).toEqual([]);
  });

  it('pages through every story with the keyset cursor, without repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { rows, next } = await deskStories(handle.db, staff.editor!, { after });
      seen.push(...rows.map((row) => row.id));
      if (!next) break;
      after = next;
    }
    expect(seen.length).toBe(DEMO_STORY_COUNT);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by state, priority and headline, taking % and _ literally', async () => {
    const submitted = await deskStories(handle.db, staff.editor!, { state: 'submitted' });
    expect(submitted.rows.every((row) => row.state === 'submitted')).toBe(true);
    expect(submitted.rows.length).toBeGreaterThan(0);
    const flash = await deskStories(handle.db, staff.editor!, { priority: 'flash' });
    expect(flash.rows.every((row) => row.priority === 'flash')).toBe(true);
    const pentagon = await deskStories(handle.db, staff.editor!, { q: 'pentagon says' });
    expect(pentagon.rows.map((row) => row.headline)).toContain(
      'Pentagon Says Allied Air Defences Will Reach the Front Before Winter',
    );
    expect((await deskStories(handle.db, staff.editor!, { q: '%' })).rows).toEqual([]);
  });

  it('reads control characters in a headline search as spaces (NUL would be a query error)', async () => {
    const filters = deskFiltersSchema.parse({ q: 'pentagon\u0000says\u0007' });
    expect(filters.q).toBe('pentagon says');
    const found = await deskStories(handle.db, staff.editor!, filters);
    expect(found.rows.map((row) => row.headline)).toContain(
      'Pentagon Says Allied Air Defences Will Reach the Front Before Winter',
    );
  });

  it('ignores a forged cursor', async () => {
    const { rows } = await deskStories(handle.db, staff.editor!, { after: 'bm90IGEgY3Vyc29y' });
    // The first page, as if no cursor had been given.
    expect(rows.length).toBe(Math.min(DEMO_STORY_COUNT, 50));
  });

  it('fills the editors’ queues', async () => {
    const queues = await deskQueues(handle.db);
    expect(queues.review.every((row) => row.state === 'submitted')).toBe(true);
    const ages = queues.review.map((row) => row.modifiedAt.getTime());
    expect([...ages].sort((a, b) => a - b)).toEqual(ages);
    expect(queues.now).toBeGreaterThan(0);
  });

  it('routes article addresses: live ones to the page, withdrawn ones gone, old slugs moved', async () => {
    const slug = 'pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
    expect(await articleRoute(handle.db, slug)).toEqual({ kind: 'page' });
    expect(await articleRoute(handle.db, 'no-such-story')).toEqual({ kind: 'page' });
    const [story] = await handle.db.select().from(stories).where(eq(stories.slug, slug));
    await handle.db
      .insert(slugRedirects)
      .values({ fromSlug: 'pentagon-old-address', storyId: story!.id });
    expect(await articleRoute(handle.db, 'pentagon-old-address')).toEqual({
      kind: 'moved',
      slug,
      language: 'en',
    });
    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, story!.id));
    expect(await articleRoute(handle.db, slug)).toMatchObject({ kind: 'gone' });
    expect(await articleRoute(handle.db, 'pentagon-old-address')).toEqual({
      kind: 'gone',
      headline: '',
    });
    await handle.db.update(stories).set({ state: 'published' }).where(eq(stories.id, story!.id));
  });
});
