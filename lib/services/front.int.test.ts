// The front page's arrangement on each database: saves and their conflicts, pins that run out,
// withdrawn stories, and the breaking-news strip, with their audit rows and invalidations.
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { frontPage, frontSlots, pageInvalidations, stories } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { breakingNews, frontStories } from '@/lib/public/front';
import {
  clearBreakingNews,
  expireFrontPins,
  FrontConflict,
  loadFront,
  saveFront,
  searchFrontCandidates,
  setBreakingNews,
} from './front';

async function auditActions(handle: DatabaseHandle) {
  const rows = await queryRows<{ action: string }>(
    handle.db,
    sql`select action from audit_log where subject_type = 'front' order by id`,
  );
  return rows.map((row) => row.action);
}

describe.each(testDatabaseKinds)('the front page on %s', (kind) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let otherEditor: Actor;
  let correspondent: Actor;
  const ids: string[] = [];
  const run = crypto.randomBytes(3).toString('hex');

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    editor = await createTestStaff(handle, 'editor');
    otherEditor = await createTestStaff(handle, 'admin');
    correspondent = await createTestStaff(handle, 'correspondent');
    // Ten published stories, s0 the newest.
    for (let i = 0; i < 10; i++) {
      const [row] = await handle.db
        .insert(stories)
        .values({
          state: 'published',
          slug: `front-${run}-${i}`,
          headline: `Front story ${i} ${run}`,
          publishedAt: new Date(Date.now() - (i + 1) * 60_000),
          createdBy: editor.id,
        })
        .returning({ id: stories.id });
      ids.push(row!.id);
    }
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await handle.db.delete(frontSlots);
  });

  const version = async () =>
    (await handle.db.select().from(frontPage).where(eq(frontPage.id, 'front')))[0]?.version ?? 0;

  it('fills every slot with the newest stories until editors pin some', async () => {
    const front = await frontStories(handle.db);
    expect(front.lead?.id).toBe(ids[0]);
    expect(front.top.map((s) => s.id)).toEqual(ids.slice(1, 7));
    expect(front.latest.map((s) => s.id)).toEqual(ids.slice(7));
  });

  it('saves a lead and top stories in one audited step that drops the front page', async () => {
    const before = await version();
    const saved = await saveFront(handle.db, editor, {
      version: before,
      lead: { storyId: ids[5] },
      top: [{ storyId: ids[8] }, { storyId: ids[3], until: null }, null],
    });
    expect(saved.version).toBe(before + 1);
    expect(saved.invalidation.tags).toEqual(['front']);
    const [outbox] = await handle.db
      .select({ tags: pageInvalidations.tags })
      .from(pageInvalidations)
      .orderBy(sql`${pageInvalidations.id} desc`)
      .limit(1);
    expect(outbox?.tags).toEqual(['front']);
    expect((await auditActions(handle)).at(-1)).toBe('front.arrange');

    const front = await frontStories(handle.db);
    expect(front.lead?.id).toBe(ids[5]);
    expect(front.top.map((s) => s.id)).toEqual([ids[8], ids[3], ids[0], ids[1], ids[2], ids[4]]);
    // An empty slot between two pinned ones fills with the newest story.
    await saveFront(handle.db, editor, {
      version: saved.version,
      lead: { storyId: ids[5] },
      top: [{ storyId: ids[8] }, null, { storyId: ids[3] }],
    });
    expect((await frontStories(handle.db)).top.map((s) => s.id).slice(0, 3)).toEqual([
      ids[8],
      ids[0],
      ids[3],
    ]);
    expect(front.latest.map((s) => s.id)).toEqual([ids[6], ids[7], ids[9]]);

    const desk = await loadFront(handle.db, editor);
    expect(desk.version).toBe(saved.version + 1);
    expect(desk.lead?.headline).toBe(`Front story 5 ${run}`);
    // What readers see, slot by slot: the pins, and the newest stories in the empty slots.
    expect(desk.showing.slice(0, 4)).toEqual([5, 8, 0, 3].map((i) => `Front story ${i} ${run}`));
    expect(desk.top.map((s) => s?.storyId ?? null)).toEqual([
      ids[8],
      null,
      ids[3],
      null,
      null,
      null,
    ]);
  });

  it('gives the second of two editors saving over the same version a conflict, losing nothing', async () => {
    const seen = await version();
    const mine = { version: seen, lead: { storyId: ids[1] }, top: [{ storyId: ids[2] }] };
    const theirs = { version: seen, lead: { storyId: ids[4] }, top: [{ storyId: ids[6] }] };
    const results = await Promise.allSettled([
      saveFront(handle.db, editor, mine),
      saveFront(handle.db, otherEditor, theirs),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = (lost[0] as PromiseRejectedResult).reason;
    expect(conflict).toBeInstanceOf(FrontConflict);
    expect((conflict as FrontConflict).code).toBe('conflict');
    // The loser is shown the winner's arrangement, and the winner's is what is saved.
    const winnerLead = results[0]!.status === 'fulfilled' ? ids[1] : ids[4];
    expect((conflict as FrontConflict).current.lead?.storyId).toBe(winnerLead);
    expect((await loadFront(handle.db, editor)).lead?.storyId).toBe(winnerLead);
    expect(await version()).toBe(seen + 1);

    // Saving again over the newer version, knowingly, is allowed.
    const loser = results[0]!.status === 'rejected' ? mine : theirs;
    await saveFront(handle.db, editor, { ...loser, version: seen + 1 });
    expect((await loadFront(handle.db, editor)).lead?.storyId).toBe(loser.lead.storyId);
  });

  it('refuses correspondents, duplicates, unpublished stories and passed pins', async () => {
    const v = await version();
    await expect(
      saveFront(handle.db, correspondent, { version: v, lead: { storyId: ids[0] }, top: [] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      saveFront(handle.db, editor, {
        version: v,
        lead: { storyId: ids[0] },
        top: [{ storyId: ids[0] }],
      }),
    ).rejects.toThrow(/one place/);
    await expect(
      saveFront(handle.db, editor, {
        version: v,
        lead: { storyId: ids[0], until: new Date(Date.now() - 1000).toISOString() },
        top: [],
      }),
    ).rejects.toThrow(/has run out/);
    const [draft] = await handle.db
      .insert(stories)
      .values({ slug: `draft-${run}-${kind}`, headline: 'A draft', createdBy: editor.id })
      .returning({ id: stories.id });
    await expect(
      saveFront(handle.db, editor, { version: v, lead: { storyId: draft!.id }, top: [] }),
    ).rejects.toThrow(/“A draft” is not published/);
    expect(await version()).toBe(v);
  });

  it('lets a pin run out: readers see the newest story in its slot, and the page is dropped', async () => {
    const now = new Date();
    await saveFront(
      handle.db,
      editor,
      {
        version: await version(),
        lead: { storyId: ids[9], until: new Date(now.getTime() + 60_000).toISOString() },
        top: [{ storyId: ids[8] }],
      },
      now,
    );
    expect((await frontStories(handle.db)).lead?.id).toBe(ids[9]);
    expect(await expireFrontPins(handle.db, now)).toBeNull();

    // A minute on: the pin has run out, even before the scheduler takes it off.
    await handle.db
      .update(frontSlots)
      .set({ pinnedUntil: new Date(Date.now() - 1000) })
      .where(eq(frontSlots.position, 0));
    expect((await frontStories(handle.db)).lead?.id).toBe(ids[0]);

    const invalidation = await expireFrontPins(handle.db);
    expect(invalidation?.tags).toEqual(['front']);
    expect((await auditActions(handle)).at(-1)).toBe('front.pin_expire');
    const desk = await loadFront(handle.db, editor);
    expect(desk.lead).toBeNull();
    expect(desk.top[0]?.storyId).toBe(ids[8]);
    expect(desk.top.filter(Boolean)).toHaveLength(1);
    expect(await expireFrontPins(handle.db)).toBeNull();
  });

  it('takes a withdrawn story off its slot at once', async () => {
    await saveFront(handle.db, editor, {
      version: await version(),
      lead: { storyId: ids[7] },
      top: [],
    });
    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, ids[7]!));
    const front = await frontStories(handle.db);
    expect(front.lead?.id).toBe(ids[0]);
    expect([...front.top, ...front.latest].map((s) => s.id)).not.toContain(ids[7]);
    expect((await loadFront(handle.db, editor)).lead?.live).toBe(false);
    expect((await searchFrontCandidates(handle.db, editor, 'Front story 7')).length).toBe(0);
    await handle.db.update(stories).set({ state: 'published' }).where(eq(stories.id, ids[7]!));
  });

  it('finds published stories by headline for the desk', async () => {
    const found = await searchFrontCandidates(handle.db, editor, `story 3 ${run}`);
    expect(found.map((s) => s.storyId)).toEqual([ids[3]]);
    expect(await searchFrontCandidates(handle.db, editor, '100%')).toEqual([]);
    await expect(searchFrontCandidates(handle.db, correspondent, '')).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it('sets and clears the breaking-news strip, dropping every public page', async () => {
    await expect(
      setBreakingNews(handle.db, correspondent, { text: 'Polls close', url: '' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const set = await setBreakingNews(handle.db, editor, {
      text: 'Polls close at 22:00',
      url: '/news/polls',
    });
    expect(set.tags).toEqual(['site']);
    expect(await breakingNews(handle.db)).toEqual({
      text: 'Polls close at 22:00',
      url: '/news/polls',
    });
    await expect(setBreakingNews(handle.db, editor, { text: '', url: '' })).rejects.toThrow(
      /Write the line/,
    );
    expect((await clearBreakingNews(handle.db, editor))?.tags).toEqual(['site']);
    expect(await breakingNews(handle.db)).toBeNull();
    expect(await clearBreakingNews(handle.db, editor)).toBeNull();
    expect((await auditActions(handle)).filter((a) => a.startsWith('breaking.'))).toEqual([
      'breaking.set',
      'breaking.clear',
    ]);
  });
});
