import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, fingerprint, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import type { Actor } from '@/lib/permissions';
import { createStory } from './stories';
import { addComment, listComments } from './comments';
import { listNotifications, markAllRead, unreadCount } from './notifications';
import { storyTimeline } from './timeline';

describe.each(testDatabaseKinds)('comments, notifications and the timeline on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let colleague: Actor;
  let editor: Actor;
  let storyId: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    colleague = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    ({ id: storyId } = await createStory(handle.db, author, { headline: 'Talks Resume' }));
  });
  afterAll(() => handle.close());

  it('keeps a thread between the author and the desk, and tells each side', async () => {
    await addComment(handle.db, editor, storyId, { body: 'Can you confirm the figure?' });
    expect(await unreadCount(handle.db, author)).toBe(1);
    await addComment(handle.db, author, storyId, { body: 'Confirmed with the ministry.' });
    expect(await unreadCount(handle.db, editor)).toBe(1);
    const thread = await listComments(handle.db, author, storyId);
    expect(thread.map((c) => c.body)).toEqual([
      'Can you confirm the figure?',
      'Confirmed with the ministry.',
    ]);
    const inbox = await listNotifications(handle.db, author);
    expect(inbox[0]).toMatchObject({ kind: 'comment', storyId, headline: 'Talks Resume' });
    await markAllRead(handle.db, author);
    expect(await unreadCount(handle.db, author)).toBe(0);
  });

  it('keeps other correspondents out of the thread, changing nothing', async () => {
    const before = await fingerprint(handle, ['comments', 'notifications']);
    await expect(listComments(handle.db, colleague, storyId)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      addComment(handle.db, colleague, storyId, { body: 'Not my story.' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(addComment(handle.db, author, storyId, { body: '   ' })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await fingerprint(handle, ['comments', 'notifications'])).toBe(before);
  });

  it('puts revisions, comments and steps on one timeline, oldest first', async () => {
    const { entries } = await storyTimeline(handle.db, editor, storyId);
    expect(entries.map((e) => e.kind)).toEqual(['step', 'revision', 'comment', 'comment']);
    expect(entries[0]!.text).toBe('created the story');
    const times = entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
