import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { DEMO_DRAFTS, WASHINGTON_DISPATCH_SLUG } from '@/lib/demo/seed-data/dispatches';
import { stories } from '@/db/schema';
import type { DatabaseHandle } from '@/db';
import { latestStories, publicStoryBySlug } from './stories';

describe.each(testDatabaseKinds)('public story reads on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
  });
  afterAll(() => handle.close());

  it('list published stories newest first', async () => {
    const latest = await latestStories(handle.db, { limit: 10 });
    expect(latest).toHaveLength(10);
    const times = latest.map((story) => story.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('never show a draft or submitted story', async () => {
    const all = await latestStories(handle.db, { limit: 500 });
    const slugs = new Set(all.map((story) => story.slug));
    for (const draft of DEMO_DRAFTS) {
      expect(slugs.has(draft.slug)).toBe(false);
      expect(await publicStoryBySlug(handle.db, draft.slug)).toBeNull();
    }
  });

  it('hide an embargoed story until its time, and a withdrawn one', async () => {
    const [lead] = await latestStories(handle.db, { limit: 1 });
    await handle.db
      .update(stories)
      .set({ publishAt: sql`now() + interval '1 hour'` })
      .where(eq(stories.id, lead!.id));
    expect(await publicStoryBySlug(handle.db, lead!.slug)).toBeNull();
    expect((await latestStories(handle.db, { limit: 1 }))[0]!.id).not.toBe(lead!.id);

    await handle.db
      .update(stories)
      .set({ publishAt: null, state: 'withdrawn' })
      .where(eq(stories.id, lead!.id));
    expect(await publicStoryBySlug(handle.db, lead!.slug)).toBeNull();

    await handle.db.update(stories).set({ state: 'published' }).where(eq(stories.id, lead!.id));
    expect(await publicStoryBySlug(handle.db, lead!.slug)).not.toBeNull();
  });

  it('read the Washington dispatch with its body, byline, section and tags', async () => {
    const story = await publicStoryBySlug(handle.db, WASHINGTON_DISPATCH_SLUG);
    expect(story).not.toBeNull();
    expect(story!.dateline).toBe('Washington D.C.');
    expect(story!.authors.map((author) => author.displayName)).toEqual([
      'Washington Correspondent',
    ]);
    expect(story!.section).toEqual({ slug: 'security', name: 'Security' });
    expect(story!.body.content.some((node) => node.type === 'blockquote')).toBe(true);
    expect(story!.tags.length).toBeGreaterThan(0);
  });

  it('leave the story itself out of its latest-news list', async () => {
    const story = await publicStoryBySlug(handle.db, WASHINGTON_DISPATCH_SLUG);
    const latest = await latestStories(handle.db, { limit: 10, excludeId: story!.id });
    expect(latest).toHaveLength(10);
    expect(latest.some((card) => card.id === story!.id)).toBe(false);
  });
});
