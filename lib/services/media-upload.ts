// Adding an image to the library.
//
// An upload is processed completely in memory first (lib/media/process.ts: type from the bytes,
// limits, orientation, metadata stripped, renditions), then its files are written, then its row;
// anything that fails on the way removes what was already written, so a refused or broken upload
// leaves no file and no row. The original is kept privately (`originals/`); only renditions
// (`renditions/`, content-hashed names) are ever served. The same file uploaded twice is one image.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { isUniqueViolation } from '@/db/errors';
import { media } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/permissions';
import { processImage } from '@/lib/media/process';
import type { MediaStorage, ProcessedImage } from '@/lib/media/types';
import { parseInput } from '@/lib/validation/parse-input';
import { describeSchema, itemById, type MediaItem } from './media';

const EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  webp: 'webp',
  avif: 'avif',
  png: 'png',
  gif: 'gif',
};

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
  const description = parseInput(describeSchema, input ?? {});
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
