// The media library (docs/product.md): uploading, finding, describing and deleting images.
//
// An upload is processed completely in memory first (lib/media/process.ts: type from the bytes,
// limits, orientation, metadata stripped, renditions), then its files are written, then its row;
// anything that fails on the way removes what was already written, so a refused or broken upload
// leaves no file and no row. The original is kept privately (`originals/`); only renditions
// (`renditions/`, content-hashed names) are ever served. The same file uploaded twice is one image.
import { and, desc, eq, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { queryRows } from '@/db/open';
import { isUniqueViolation } from '@/db/errors';
import { media, users, type Rendition, type StoryState } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { processImage } from '@/lib/media/process';
import type { MediaStorage, ProcessedImage } from '@/lib/media/types';
import { fallbackRendition, mediaUrl } from '@/lib/public/images';
import { storyChangeTags } from '@/lib/page-cache/tags';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { parseInput } from '@/lib/validation/parse-input';
import { describeImageSchema, mediaIdSchema } from '@/lib/validation/media';
import { authorIdsOf } from './story-scope';

export interface MediaItem {
  id: string;
  /** The largest JPEG rendition: what an editor inserts, and any reader's browser can show. */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  renditions: Rendition[];
  uploadedBy: string | null;
  createdAt: string;
}

const EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  webp: 'webp',
  avif: 'avif',
  png: 'png',
  gif: 'gif',
};

const itemColumns = {
  id: media.id,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  renditions: media.renditions,
  uploadedBy: users.displayName,
  createdAt: media.createdAt,
};

type ItemRow = Omit<MediaItem, 'src' | 'createdAt'> & { createdAt: Date };

function toItem(row: ItemRow): MediaItem {
  const fallback = fallbackRendition(row.renditions);
  return {
    ...row,
    src: fallback ? mediaUrl(fallback.key) : '',
    createdAt: row.createdAt.toISOString(),
  };
}

async function itemById(db: Executor, id: string): Promise<MediaItem | null> {
  const [row] = await db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(eq(media.id, id));
  return row ? toItem(row) : null;
}

function storedFiles(image: ProcessedImage) {
  const stem = image.sha256.slice(0, 20);
  return {
    original: {
      key: `originals/${image.sha256}.${EXTENSIONS[image.type]}`,
      body: image.original,
      contentType: image.mimeType,
    },
    renditions: image.renditions.map((rendition) => ({
      key: `renditions/${stem}-${rendition.width}.${EXTENSIONS[rendition.format]}`,
      body: rendition.body,
      contentType: rendition.contentType,
      rendition,
    })),
  };
}

/** Adds an image to the library, or finds it there when the same file was uploaded before. */
export async function uploadMedia(
  db: Database,
  storage: MediaStorage,
  actor: Actor,
  bytes: Buffer,
  input: unknown,
): Promise<{ item: MediaItem; existing: boolean }> {
  assertCan(actor, 'media.upload');
  const description = parseInput(describeImageSchema, input ?? {});
  const image = await processImage(bytes);

  const [known] = await db
    .select({ id: media.id })
    .from(media)
    .where(eq(media.sha256, image.sha256));
  if (known) return { item: (await itemById(db, known.id))!, existing: true };

  const files = storedFiles(image);
  const written: string[] = [];
  try {
    for (const file of [files.original, ...files.renditions]) {
      await storage.put(file.key, file.body, file.contentType);
      written.push(file.key);
    }
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(media)
        .values({
          originalKey: files.original.key,
          mimeType: image.mimeType,
          width: image.width,
          height: image.height,
          bytes: image.original.byteLength,
          sha256: image.sha256,
          renditions: files.renditions.map(({ key, rendition }) => ({
            width: rendition.width,
            height: rendition.height,
            format: rendition.format,
            key,
            bytes: rendition.body.byteLength,
          })),
          ...description,
          uploadedBy: actor.id,
        })
        .returning({ id: media.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'media.upload',
        subjectType: 'media',
        subjectId: row!.id,
        newValue: { width: image.width, height: image.height, bytes: image.original.byteLength },
      });
      return row!.id;
    });
    return { item: (await itemById(db, id))!, existing: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The same file, uploaded at the same moment by someone else: theirs won, and its files
      // are these very bytes under these very names, so nothing is removed.
      const [other] = await db
        .select({ id: media.id })
        .from(media)
        .where(eq(media.sha256, image.sha256));
      if (other) return { item: (await itemById(db, other.id))!, existing: true };
    }
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}

/** An image id from an address: anything but a UUID names no image (and must not reach a query). */
function imageId(id: unknown): string {
  if (!mediaIdSchema.safeParse(id).success) throw new AppError('not_found', 'Unknown image.');
  return id as string;
}

/** The library, newest first, 40 a page; `q` searches alt text, caption, credit and uploader. */
export async function listMedia(
  db: Database,
  actor: Actor,
  { q = '', before, limit = 40 }: { q?: string; before?: string; limit?: number } = {},
): Promise<{ items: MediaItem[]; next: string | null }> {
  assertCan(actor, 'media.upload');
  const conditions: SQL[] = [];
  // Control characters (NUL above all, which PostgreSQL cannot compare) are not search words.
  const words = q
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 200);
  if (words) {
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(media.alt, pattern),
        ilike(media.caption, pattern),
        ilike(media.credit, pattern),
        ilike(users.displayName, pattern),
      )!,
    );
  }
  const cursor = before ? new Date(before) : null;
  if (cursor && !Number.isNaN(cursor.getTime())) conditions.push(lt(media.createdAt, cursor));
  const rows = await db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(media.createdAt))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toItem);
  return { items, next: rows.length > limit ? items.at(-1)!.createdAt : null };
}

export interface MediaUse {
  id: string;
  slug: string;
  headline: string;
  state: string;
}

/** The stories that show an image: in their working or live text, or as featured image. */
export async function mediaUsage(db: Executor, mediaId: string): Promise<MediaUse[]> {
  const needle = `%${mediaId}%`;
  return queryRows<MediaUse>(
    db,
    sql`select s.id, s.slug, s.headline, s.state from stories s
        left join revisions w on w.id = s.working_revision_id
        left join revisions p on p.id = s.published_revision_id
        where s.featured_media_id = ${mediaId}
           or w.body::text like ${needle} or w.meta::text like ${needle}
           or p.body::text like ${needle}
        order by s.modified_at desc`,
  );
}

/**
 * Where an image is used, as `actor` may know it: the stories they may open (story.view: editors
 * every story, correspondents their own), and how many others use it, unnamed. A colleague's
 * draft is not a correspondent's to read, headline included.
 */
export async function mediaUsageFor(
  db: Executor,
  actor: Actor,
  mediaId: string,
): Promise<{ usedIn: MediaUse[]; usedElsewhere: number }> {
  const uses = await mediaUsage(db, imageId(mediaId));
  const usedIn: MediaUse[] = [];
  for (const use of uses) {
    const scope = {
      id: use.id,
      state: use.state as StoryState,
      authorIds: await authorIdsOf(db, use.id),
    };
    if (can(actor, 'story.view', scope)) usedIn.push(use);
  }
  return { usedIn, usedElsewhere: uses.length - usedIn.length };
}

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
  const description = parseInput(describeImageSchema, input);
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

/** The library rows for the images a story body and featured image name, by id. */
export async function mediaByIds(db: Executor, ids: string[]): Promise<Map<string, MediaItem>> {
  const unique = [...new Set(ids)].filter((id) => mediaIdSchema.safeParse(id).success);
  if (!unique.length) return new Map();
  const rows = await db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(
      sql`${media.id} in (${sql.join(
        unique.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map((row) => [row.id, toItem(row)]));
}
