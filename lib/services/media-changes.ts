// Describing and deleting an image: each in a transaction that locks its row, audits, and marks
// stale the public pages of the live stories that show it.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { media } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import type { MediaStorage } from '@/lib/media/types';
import { storyChangeTags } from '@/lib/page-cache/tags';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { parseInput } from '@/lib/validation/parse-input';
import { describeSchema, imageId, itemById, type MediaItem } from './media';
import { mediaUsage, type MediaUse } from './media-usage';

/** The pages of the live stories that show an image go stale when it changes or goes. */
async function invalidateUses(tx: Executor, uses: MediaUse[]): Promise<Invalidation | null> {
  const live = uses.filter((use) => use.state === 'published');
  if (!live.length) return null;
  const tags = new Set<string>();
  for (const use of live) {
    for (const tag of await storyChangeTags(tx, use.id, [use.slug])) tags.add(tag);
  }
  return recordInvalidation(tx, [...tags]);
}

/** Replaces an image's alt text, caption and credit. */
export async function describeMedia(
  db: Database,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ item: MediaItem; invalidation: Invalidation | null }> {
  assertCan(actor, 'media.edit', id);
  imageId(id);
  const description = parseInput(describeSchema, input);
  const invalidation = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(media).where(eq(media.id, id)).for('update');
    if (!before) throw new AppError('not_found', 'Unknown image.');
    await tx.update(media).set(description).where(eq(media.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'media.describe',
      subjectType: 'media',
      subjectId: id,
      oldValue: { alt: before.alt, caption: before.caption, credit: before.credit },
      newValue: description,
    });
    return invalidateUses(tx, await mediaUsage(tx, id));
  });
  return { item: (await itemById(db, id))!, invalidation };
}

/**
 * Deletes an image and its files. An image some story shows is refused with a `conflict` that
 * names those stories, unless `confirmed` (the desk has seen the list).
 */
export async function deleteMedia(
  db: Database,
  storage: MediaStorage,
  actor: Actor,
  id: string,
  { confirmed = false }: { confirmed?: boolean } = {},
): Promise<Invalidation | null> {
  assertCan(actor, 'media.delete', id);
  imageId(id);
  const { keys, invalidation } = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(media).where(eq(media.id, id)).for('update');
    if (!row) throw new AppError('not_found', 'Unknown image.');
    const uses = await mediaUsage(tx, id);
    if (uses.length && !confirmed) {
      const names = uses.map((use) => `“${use.headline || 'Untitled'}”`).join(', ');
      throw new AppError(
        'conflict',
        `This image is used in ${names}. Confirm to delete it anyway.`,
      );
    }
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'media.delete',
      subjectType: 'media',
      subjectId: id,
      oldValue: { alt: row.alt, usedBy: uses.map((use) => use.id) },
    });
    return {
      keys: [row.originalKey, ...row.renditions.map((rendition) => rendition.key)],
      invalidation: await invalidateUses(tx, uses),
    };
  });
  // After the commit: a failed file removal leaves an orphan file, never a row without files.
  await Promise.allSettled(keys.map((key) => storage.delete(key)));
  return invalidation;
}
