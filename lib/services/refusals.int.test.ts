import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { media } from '@/db/schema';
import { recordRefusal } from '@/lib/audit';
import { PermissionRefusal, refusal } from '@/lib/permissions';
import { recentRefusals } from './refusals';
import { createStory } from './stories';

describe.each(testDatabaseKinds)('the list of refused requests on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('shows admins each refusal, newest first, with the story, person or image it names', async () => {
    const admin = await createTestStaff(handle, 'admin');
    const prober = await createTestStaff(handle, 'correspondent');
    const colleague = await createTestStaff(handle, 'editor');
    const { id: storyId } = await createStory(handle.db, prober, { headline: 'Budget leak' });
    const [image] = await handle.db
      .insert(media)
      .values({
        originalKey: 'originals/x.jpg',
        mimeType: 'image/jpeg',
        width: 10,
        height: 10,
        bytes: 100,
        sha256: crypto.randomBytes(32).toString('hex'),
        alt: 'Harbour at dawn',
      })
      .returning();
    for (const refused of [
      refusal(prober, 'story.publish', storyId),
      refusal(prober, 'users.manage', colleague.id),
      refusal(prober, 'media.delete', image!.id),
      refusal(prober, 'settings.manage'),
    ]) {
      expect(await recordRefusal(handle.db, refused, '198.51.100.4')).toBe(true);
    }

    const entries = await recentRefusals(handle.db, admin);
    expect(
      entries.map(({ tried, subjectType, subject, role, ip }) => [
        tried,
        subjectType,
        subject,
        role,
        ip,
      ]),
    ).toEqual([
      ['settings.manage', 'settings', null, 'correspondent', '198.51.100.4'],
      ['media.delete', 'media', 'Harbour at dawn', 'correspondent', '198.51.100.4'],
      ['users.manage', 'user', expect.stringMatching(/^editor /), 'correspondent', '198.51.100.4'],
      ['story.publish', 'story', 'Budget leak', 'correspondent', '198.51.100.4'],
    ]);
    expect(new Set(entries.map((entry) => entry.who))).toEqual(
      new Set([expect.stringMatching(/^correspondent /)]),
    );
    expect(entries[3]!.subjectId).toBe(storyId);
  });

  it('is for admins only', async () => {
    for (const role of ['correspondent', 'editor'] as const) {
      const someone = await createTestStaff(handle, role);
      await expect(recentRefusals(handle.db, someone)).rejects.toBeInstanceOf(PermissionRefusal);
    }
  });
});
