import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, fingerprint, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { comments, notifications, pageInvalidations, stories, users } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { publicStoryBySlug } from '@/lib/public/stories';
import { articleRoute } from '@/lib/public/routing';
import { pollInvalidations } from '@/lib/page-cache/invalidation';
import { pageCache } from '@/lib/page-cache/memory';
import type { StoryBody } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory, type EditorState } from './stories';
import { transitionStory } from './workflow';
import { publishDueStories } from './scheduler';

const body = (text: string): StoryBody => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function auditCount(handle: DatabaseHandle, action: string, storyId: string) {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${storyId}`,
  );
  return row!.n;
}

describe.each(testDatabaseKinds)('the workflow on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let editor: Actor;
  let sectionId: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    sectionId = await createTestSection(handle, `politics-${kind}`, 'Politics');
  });
  afterAll(() => handle.close());

  async function write(actor: Actor, state: EditorState, text: string, headline?: string) {
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, actor, state.id, {
      baseVersion: state.version,
      meta: {
        ...meta,
        sectionId,
        dateline: 'Washington D.C.',
        headline: headline ?? meta.headline,
      },
      body: body(text),
    });
    return loadEditorState(handle.db, actor, state.id);
  }

  async function readyStory(headline = `Hearing Opens ${crypto.randomBytes(3).toString('hex')}`) {
    const { id } = await createStory(handle.db, author, { headline });
    return write(author, await loadEditorState(handle.db, author, id), 'The first version.');
  }

  const step = (actor: Actor, state: EditorState, transition: string, extra = {}) =>
    transitionStory(handle.db, actor, state.id, {
      transition,
      baseVersion: state.version,
      ...extra,
    });

  it('runs file → changes requested → resubmit → publish → update → withdraw → republish', async () => {
    let story = await readyStory();
    await step(author, story, 'submit');
    story = await loadEditorState(handle.db, author, story.id);
    expect(story.state).toBe('submitted');

    await expect(step(editor, story, 'request_changes')).rejects.toMatchObject({ code: 'invalid' });
    await step(editor, story, 'request_changes', { comment: 'Add the vote count.' });
    story = await loadEditorState(handle.db, author, story.id);
    expect(story.state).toBe('changes_requested');
    const thread = await handle.db.select().from(comments).where(eq(comments.storyId, story.id));
    expect(thread.map((c) => c.body)).toEqual(['Add the vote count.']);
    const inbox = await handle.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, author.id));
    expect(inbox.some((n) => n.kind === 'request_changes' && n.storyId === story.id)).toBe(true);

    story = await write(author, story, 'The second version, with the vote count.');
    await step(author, story, 'submit');
    story = await loadEditorState(handle.db, author, story.id);
    expect(await publicStoryBySlug(handle.db, story.meta.slug || '')).toBeNull();

    await step(editor, story, 'publish');
    const [live] = await handle.db.select().from(stories).where(eq(stories.id, story.id));
    expect(live!.state).toBe('published');
    const page = await publicStoryBySlug(handle.db, live!.slug);
    expect(page?.body).toEqual(body('The second version, with the vote count.'));
    expect(page?.updatedAt).toBeNull();

    // An edit to a live story stays off the public page until the update is published.
    story = await loadEditorState(handle.db, editor, story.id);
    story = await write(editor, story, 'The third version, corrected.');
    expect((await publicStoryBySlug(handle.db, live!.slug))?.body).toEqual(
      body('The second version, with the vote count.'),
    );
    await step(editor, story, 'publish_update', {
      correction: 'An earlier version misstated the vote.',
    });
    const updated = await publicStoryBySlug(handle.db, live!.slug);
    expect(updated?.body).toEqual(body('The third version, corrected.'));
    expect(updated?.updatedAt).not.toBeNull();
    expect(updated?.corrections.map((c) => c.text)).toEqual([
      'An earlier version misstated the vote.',
    ]);
    expect(updated?.publishedAt).toEqual(page?.publishedAt);

    story = await loadEditorState(handle.db, editor, story.id);
    await expect(step(editor, story, 'withdraw')).rejects.toMatchObject({ code: 'invalid' });
    await step(editor, story, 'withdraw', { reason: 'Legal request.' });
    expect(await publicStoryBySlug(handle.db, live!.slug)).toBeNull();
    story = await loadEditorState(handle.db, editor, story.id);
    await step(editor, story, 'republish');
    expect(await publicStoryBySlug(handle.db, live!.slug)).not.toBeNull();

    for (const action of [
      'submit',
      'request_changes',
      'publish',
      'publish_update',
      'withdraw',
      'republish',
    ]) {
      expect(await auditCount(handle, `story.${action}`, story.id), action).toBeGreaterThanOrEqual(
        1,
      );
    }
  });

  it('moves a live story to a new address with its next update, the old one redirecting', async () => {
    let story = await readyStory();
    await step(author, story, 'submit');
    story = await loadEditorState(handle.db, editor, story.id);
    await step(editor, story, 'publish');
    const [before] = await handle.db.select().from(stories).where(eq(stories.id, story.id));
    const newSlug = `${before!.slug}-renamed`;

    story = await loadEditorState(handle.db, editor, story.id);
    const { featuredMediaId: _media, ...meta } = story.meta;
    await saveStory(handle.db, editor, story.id, {
      baseVersion: story.version,
      meta: { ...meta, slug: newSlug },
      body: story.body,
    });
    // Saved, not yet published: readers still find it where it was.
    expect(await publicStoryBySlug(handle.db, before!.slug)).not.toBeNull();
    expect(await publicStoryBySlug(handle.db, newSlug)).toBeNull();

    story = await loadEditorState(handle.db, editor, story.id);
    await step(editor, story, 'publish_update');
    expect(await publicStoryBySlug(handle.db, newSlug)).not.toBeNull();
    expect(await articleRoute(handle.db, before!.slug)).toEqual({
      kind: 'moved',
      slug: newSlug,
      language: 'en',
    });
  });

  it('refuses what the role or the state does not allow, changing nothing', async () => {
    const story = await readyStory();
    const before = await fingerprint(handle, ['stories', 'revisions', 'comments', 'notifications']);
    await expect(step(author, story, 'publish')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(step(author, story, 'recall')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(step(editor, story, 'withdraw', { reason: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(step(editor, story, 'fly')).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      transitionStory(handle.db, editor, story.id, { transition: 'publish', baseVersion: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint(handle, ['stories', 'revisions', 'comments', 'notifications'])).toBe(
      before,
    );
  });

  it('will not submit a story without a headline, a section or a body', async () => {
    const { id } = await createStory(handle.db, author, { headline: '' });
    const story = await loadEditorState(handle.db, author, id);
    const error = await step(author, story, 'submit').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid' });
    expect(Object.keys((error as { fields: object }).fields).sort()).toEqual([
      'body',
      'headline',
      'sectionId',
    ]);
  });

  it('publishes a scheduled story once its time has come, and not before', async () => {
    let story = await readyStory();
    await step(author, story, 'submit');
    story = await loadEditorState(handle.db, editor, story.id);
    await expect(
      step(editor, story, 'schedule', { publishAt: new Date(Date.now() - 60_000).toISOString() }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await step(editor, story, 'schedule', {
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const [scheduled] = await handle.db.select().from(stories).where(eq(stories.id, story.id));
    expect((await publishDueStories(handle.db)).map((p) => p.storyId)).not.toContain(story.id);
    expect(await publicStoryBySlug(handle.db, scheduled!.slug)).toBeNull();

    await handle.db
      .update(stories)
      .set({ publishAt: sql`now() - interval '1 second'` })
      .where(eq(stories.id, story.id));
    const published = await publishDueStories(handle.db);
    expect(published.map((p) => p.storyId)).toContain(story.id);
    expect(await publishDueStories(handle.db)).toEqual([]);
    expect(await publicStoryBySlug(handle.db, scheduled!.slug)).not.toBeNull();
    expect(await auditCount(handle, 'story.publish', story.id)).toBe(1);
    expect(published.find((p) => p.storyId === story.id)?.invalidation?.tags).toContain(
      `story:${scheduled!.slug}`,
    );
  });

  it('names the pages a public change makes stale, in the same transaction, for every instance', async () => {
    const outbox = () => handle.db.select().from(pageInvalidations);
    const before = (await outbox()).length;
    let story = await readyStory();
    const submitted = await step(author, story, 'submit');
    expect(submitted.invalidation).toBeNull(); // nothing public changed
    story = await loadEditorState(handle.db, editor, story.id);
    const published = await step(editor, story, 'publish');
    const [{ handle: authorHandle }] = (await handle.db
      .select({ handle: users.handle })
      .from(users)
      .where(eq(users.id, author.id))) as [{ handle: string }];
    const [{ slug: oldSlug }] = (await handle.db
      .select({ slug: stories.slug })
      .from(stories)
      .where(eq(stories.id, story.id))) as [{ slug: string }];
    expect(published.invalidation?.tags).toEqual(
      expect.arrayContaining([
        `story:${oldSlug}`,
        `section:politics-${kind}`,
        `author:${authorHandle}`,
        'front',
        'latest',
        'most-read',
        'feeds',
        'sitemaps',
        'search',
      ]),
    );
    const rows = await outbox();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.tags).toEqual(published.invalidation?.tags);

    // Another instance's cache, holding the story's page, drops it when it reads the outbox.
    const cache = pageCache();
    const page = { status: 200, headers: [], body: new Uint8Array(1), etag: '"x"' };
    await cache.fill(`/news/${oldSlug}`, async () => ({ ...page, tags: [`story:${oldSlug}`] }));
    await cache.fill('/about', async () => ({ ...page, tags: ['unrelated'] }));
    expect(await pollInvalidations(handle.db)).toBeGreaterThanOrEqual(1);
    expect(cache.get(`/news/${oldSlug}`)).toBeUndefined();
    expect(cache.get('/about')).toBeDefined();
    expect(await pollInvalidations(handle.db)).toBe(0); // each one is applied once

    // A move to a new address makes both addresses stale; withdrawal names them all again.
    story = await loadEditorState(handle.db, editor, story.id);
    const { featuredMediaId: _media, ...meta } = story.meta;
    await saveStory(handle.db, editor, story.id, {
      baseVersion: story.version,
      meta: { ...meta, slug: `${oldSlug}-moved` },
      body: body('The second version.'),
    });
    story = await loadEditorState(handle.db, editor, story.id);
    const moved = await step(editor, story, 'publish_update');
    expect(moved.invalidation?.tags).toEqual(
      expect.arrayContaining([`story:${oldSlug}`, `story:${oldSlug}-moved`]),
    );
    story = await loadEditorState(handle.db, editor, story.id);
    const withdrawn = await step(editor, story, 'withdraw', { reason: 'Legal advice.' });
    expect(withdrawn.invalidation?.tags).toEqual(
      expect.arrayContaining([`story:${oldSlug}`, `story:${oldSlug}-moved`, 'feeds']),
    );
  });
});

describe.runIf(testDatabaseKinds.includes('postgres'))('concurrency on PostgreSQL', () => {
  let handle: DatabaseHandle;
  let author: Actor;
  let editors: Actor[];
  let sectionId: string;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
    author = await createTestStaff(handle, 'correspondent');
    editors = [await createTestStaff(handle, 'editor'), await createTestStaff(handle, 'editor')];
    sectionId = await createTestSection(handle, 'world', 'World');
  });
  afterAll(() => handle.close());

  async function submitted(n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const { id } = await createStory(handle.db, author, { headline: `Due Story ${i}` });
      const state = await loadEditorState(handle.db, author, id);
      const { featuredMediaId: _media, ...meta } = state.meta;
      await saveStory(handle.db, author, id, {
        baseVersion: state.version,
        // What the publishing checklist asks for (lib/checklist.ts).
        meta: { ...meta, sectionId, dateline: 'Geneva' },
        body: body(`Story ${i}.`),
      });
      const saved = await loadEditorState(handle.db, author, id);
      await transitionStory(handle.db, author, id, {
        transition: 'submit',
        baseVersion: saved.version,
      });
      ids.push(id);
    }
    return ids;
  }

  it('lets one of two editors publishing at once succeed, and logs one publication', async () => {
    const [id] = await submitted(1);
    const state = await loadEditorState(handle.db, editors[0]!, id!);
    const results = await Promise.allSettled(
      editors.map((editor) =>
        transitionStory(handle.db, editor, id, {
          transition: 'publish',
          baseVersion: state.version,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict' });
    expect(await auditCount(handle, 'story.publish', id!)).toBe(1);
  });

  it('has two schedulers publish 20 due stories, each exactly once', async () => {
    const ids = await submitted(20);
    for (const id of ids) {
      const state = await loadEditorState(handle.db, editors[0]!, id);
      await transitionStory(handle.db, editors[0]!, id, {
        transition: 'schedule',
        baseVersion: state.version,
        publishAt: new Date(Date.now() + 60_000).toISOString(),
      });
    }
    await handle.db.execute(
      sql`update stories set publish_at = now() - interval '1 second' where state = 'scheduled'`,
    );
    const [a, b] = await Promise.all([
      publishDueStories(handle.db, { batch: 50 }),
      publishDueStories(handle.db, { batch: 50 }),
    ]);
    const all = [...a, ...b].map((p) => p.storyId);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(ids));
    for (const id of ids) expect(await auditCount(handle, 'story.publish', id)).toBe(1);
  });
});
