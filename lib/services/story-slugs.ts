// A story's address: free among the stories and the addresses they had before (slug_redirects).
import crypto from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '@/db';
import { isUniqueViolation } from '@/db/errors';
import { slugRedirects, stories } from '@/db/schema';
import { AppError } from '@/lib/errors';

async function slugTaken(tx: Executor, slug: string, storyId: string | null): Promise<boolean> {
  const notThis = (column: typeof stories.id | typeof slugRedirects.storyId) =>
    storyId ? ne(column, storyId) : undefined;
  const [taken] = await tx
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.slug, slug), notThis(stories.id)));
  const [redirected] = await tx
    .select({ id: slugRedirects.storyId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.fromSlug, slug), notThis(slugRedirects.storyId)));
  return Boolean(taken || redirected);
}

/**
 * Two stories may pick the same free address at the same moment; the database's unique index
 * refuses the second, which then tries again and picks the next one.
 */
export async function retryOnSlugRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** `base`, or `base-2`, `base-3`… whichever no other story uses (nor used before). */
export async function freeSlug(
  tx: Executor,
  base: string,
  storyId: string | null,
): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await slugTaken(tx, candidate, storyId))) return candidate;
  }
  return `${base.slice(0, 70)}-${crypto.randomBytes(4).toString('hex')}`;
}

export async function assertSlugFree(tx: Executor, slug: string, storyId: string) {
  if (await slugTaken(tx, slug, storyId)) {
    throw new AppError('conflict', 'Another story already uses that address.', {
      slug: 'Another story already uses that address.',
    });
  }
}
