// The media library (docs/product.md): uploading (./media-upload.ts), finding (here),
// describing and deleting (./media-changes.ts) images, and where they are used (./media-usage.ts).
import { and, desc, eq, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db';
import { media, users, type Rendition } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { fallbackRendition, mediaUrl } from '@/lib/public/images';

export const ALT_MAX = 300;

export const describeSchema = z.strictObject({
  alt: z.string().trim().max(ALT_MAX, `Alt text has at most ${ALT_MAX} characters.`).default(''),
  caption: z.string().trim().max(1_000, 'A caption has at most 1,000 characters.').default(''),
  credit: z.string().trim().max(200, 'A credit has at most 200 characters.').default(''),
});

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

export async function itemById(db: Executor, id: string): Promise<MediaItem | null> {
  const [row] = await db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(eq(media.id, id));
  return row ? toItem(row) : null;
}

/** An image id from an address: anything but a UUID names no image (and must not reach a query). */
export function imageId(id: unknown): string {
  if (!z.uuid().safeParse(id).success) throw new AppError('not_found', 'Unknown image.');
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

/** The library rows for the images a story body and featured image name, by id. */
export async function mediaByIds(db: Executor, ids: string[]): Promise<Map<string, MediaItem>> {
  const unique = [...new Set(ids)].filter((id) => z.uuid().safeParse(id).success);
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
