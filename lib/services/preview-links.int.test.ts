import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { auditLog, previewLinks, stories } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import type { StoryBody } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory } from './stories';
import {
  createPreviewLink,
  livePreviewLinks,
  openPreviewLink,
  previewLinkWorks,
  revokePreviewLink,
} from './preview-links';

const body = (text: string): StoryBody => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const tokenOf = (url: string) => new URL(url).pathname.replace('/preview/', '');

describe.each(testDatabaseKinds)('preview share links on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let colleague: Actor;
  let sectionId: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    colleague = await createTestStaff(handle, 'correspondent');
    sectionId = await createTestSection(handle, `harbour-${kind}`, 'Harbour');
  });
  afterAll(async () => {
    await handle.close();
  });

  async function draft(text: string) {
    const { id } = await createStory(handle.db, author, { headline: 'Ferry Timetable Changes' });
    const state = await loadEditorState(handle.db, author, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, author, id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId, dateline: 'Portsmouth' },
      body: body(text),
    });
    return id;
  }

  it('opens the working copy as it stands, signed out, and stores only a hash', async () => {
    const id = await draft('The morning ferry leaves earlier.');
    const { url, expiresAt } = await createPreviewLink(handle.db, author, id, { hours: 48 });
    const token = tokenOf(url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hoursLeft = (expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(47.9);
    expect(hoursLeft).toBeLessThanOrEqual(48);

    const opened = await openPreviewLink(handle.db, token);
    expect(opened?.story.headline).toBe('Ferry Timetable Changes');
    expect(JSON.stringify(opened?.story.body)).toContain('The morning ferry leaves earlier.');

    // Saved after the link was made: the link shows the new text.
    const state = await loadEditorState(handle.db, author, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, author, id, {
      baseVersion: state.version,
      meta,
      body: body('The morning ferry leaves at six.'),
    });
    expect(JSON.stringify((await openPreviewLink(handle.db, token))?.story.body)).toContain(
      'leaves at six',
    );

    const rows = await handle.db.select().from(previewLinks).where(eq(previewLinks.storyId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((row) => row.action)).toContain('story.preview_link_create');
    expect(JSON.stringify(audit)).not.toContain(token);

    const live = await livePreviewLinks(handle.db, author, id);
    expect(live.map((link) => link.id)).toEqual([rows[0]!.id]);
  });

  it('refuses a lifetime outside one hour to seven days', async () => {
    const id = await draft('The evening ferry is cancelled.');
    for (const hours of [0, 169, 'soon']) {
      await expect(createPreviewLink(handle.db, author, id, { hours })).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    expect(await livePreviewLinks(handle.db, author, id)).toEqual([]);
  });

  it('is gone once expired', async () => {
    const id = await draft('Tides delay the crossing.');
    const token = tokenOf((await createPreviewLink(handle.db, author, id, { hours: 1 })).url);
    expect(await previewLinkWorks(handle.db, token)).toBe(true);
    await handle.db
      .update(previewLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(previewLinks.storyId, id));
    expect(await previewLinkWorks(handle.db, token)).toBe(false);
    expect(await openPreviewLink(handle.db, token)).toBeNull();
    expect(await livePreviewLinks(handle.db, author, id)).toEqual([]);
  });

  it('is gone once revoked, and the revocation is audited', async () => {
    const id = await draft('The pier reopens.');
    const token = tokenOf((await createPreviewLink(handle.db, author, id, { hours: 2 })).url);
    const [link] = await livePreviewLinks(handle.db, author, id);
    await revokePreviewLink(handle.db, author, id, link!.id);
    expect(await openPreviewLink(handle.db, token)).toBeNull();
    expect(await livePreviewLinks(handle.db, author, id)).toEqual([]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((row) => row.action)).toContain('story.preview_link_revoke');
  });

  it('is gone when the story is withdrawn, and an unknown token opens nothing', async () => {
    const id = await draft('The harbour master retires.');
    const token = tokenOf((await createPreviewLink(handle.db, author, id, { hours: 2 })).url);
    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, id));
    expect(await openPreviewLink(handle.db, token)).toBeNull();
    expect(await openPreviewLink(handle.db, 'A'.repeat(43))).toBeNull();
    expect(await openPreviewLink(handle.db, 'not-a-token')).toBeNull();
  });

  it("does not let a correspondent share or revoke a colleague's story", async () => {
    const id = await draft('Fares rise in spring.');
    await expect(createPreviewLink(handle.db, colleague, id, { hours: 48 })).rejects.toMatchObject({
      code: 'not_found',
    });
    await createPreviewLink(handle.db, author, id, { hours: 48 });
    const [link] = await livePreviewLinks(handle.db, author, id);
    await expect(revokePreviewLink(handle.db, colleague, id, link!.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(livePreviewLinks(handle.db, colleague, id)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await livePreviewLinks(handle.db, author, id)).toHaveLength(1);
  });
});
