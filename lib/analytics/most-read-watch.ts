// Keeps the "Most read" list of cached pages fresh without making them uncacheable: every
// ANALYTICS_MOST_READ_MS (default a minute) one instance compares the current top five with the
// list the pages were last invalidated for (kept in `settings`, its row locked, so instances take
// turns), and only when it changed records an invalidation of the `most-read` tag through the
// outbox (lib/page-cache/invalidation.ts), which every instance follows. At most once an interval.
// Each language of the site has its own list and tag (`most-read@ru`): only the languages whose
// list changed are invalidated.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { queryRows } from '@/db/open';
import { settings } from '@/db/schema';
import { siteLanguages } from '@/lib/languages';
import { MOST_READ_COUNT, mostReadStories } from '@/lib/public/most-read';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { MOST_READ_TAG, inLanguage } from '@/lib/page-cache/tags';

export const MOST_READ_SETTING = 'analytics.most_read';

export const mostReadInterval = () => Number(process.env.ANALYTICS_MOST_READ_MS) || 60_000;

/** Records an invalidation of the most read pages when the list changed; null when it did not. */
export async function refreshMostRead(
  db: Database,
  // A little under the interval, so that a tick arriving a moment early is not put off a whole one.
  minimumGapMs = mostReadInterval() * 0.9,
): Promise<Invalidation | null> {
  return db.transaction(async (tx) => {
    await tx.insert(settings).values({ key: MOST_READ_SETTING, value: [] }).onConflictDoNothing();
    const [kept] = await queryRows<{ value: string[]; recent: boolean }>(
      tx,
      sql`select value, updated_at > now() - make_interval(secs => ${minimumGapMs / 1000})
            as recent
          from settings where key = ${MOST_READ_SETTING} for update`,
    );
    if (kept?.recent && kept.value.length > 0) return null;
    // Kept as `language:id` entries, each language's list in order.
    const before = kept?.value ?? [];
    const lists = await Promise.all(
      siteLanguages().all.map(async (language) => ({
        language,
        entries: (await mostReadStories(tx, MOST_READ_COUNT, language)).map(
          (story) => `${language}:${story.id}`,
        ),
      })),
    );
    const ids = lists.flatMap((list) => list.entries);
    if (JSON.stringify(ids) === JSON.stringify(before)) return null;
    const changed = lists.filter(
      ({ language, entries }) =>
        JSON.stringify(entries) !==
        JSON.stringify(before.filter((entry) => entry.startsWith(`${language}:`))),
    );
    await tx
      .update(settings)
      .set({ value: ids, updatedAt: sql`now()` })
      .where(eq(settings.key, MOST_READ_SETTING));
    return recordInvalidation(
      tx,
      changed.map(({ language }) => inLanguage(MOST_READ_TAG, language)),
    );
  });
}
