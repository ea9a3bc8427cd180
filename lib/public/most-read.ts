// "Most read": the public stories readers viewed most over the last 24 hours, from the hourly
// view rows (lib/analytics). The pages that show it carry the `most-read` page-cache tag, which
// lib/analytics/most-read-watch.ts invalidates when the list changes.
import { desc, eq, gt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { memoUntilInvalidated } from '@/lib/page-cache/memo';
import { MOST_READ_TAG, inLanguage } from '@/lib/page-cache/tags';
import { media, sections, stories, storyViewsHourly } from '@/db/schema';
import { defaultLanguage } from '@/lib/languages';
import { cardColumns, listedIn, toCard, type StoryCard } from './stories';

export const MOST_READ_COUNT = 5;

export async function mostReadStories(
  db: Executor,
  limit = MOST_READ_COUNT,
  language: string = defaultLanguage(),
): Promise<(StoryCard & { views: number })[]> {
  const views = db
    .select({
      storyId: storyViewsHourly.storyId,
      views: sql<number>`sum(${storyViewsHourly.views})::int`.as('views'),
    })
    .from(storyViewsHourly)
    .where(gt(storyViewsHourly.hour, sql`now() - interval '24 hours'`))
    .groupBy(storyViewsHourly.storyId)
    .as('recent_views');
  const rows = await db
    .select({ ...cardColumns, views: views.views })
    .from(views)
    .innerJoin(stories, eq(stories.id, views.storyId))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredMediaId))
    .where(listedIn(language))
    .orderBy(desc(views.views), desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  return rows.map((row) => ({ ...toCard(row), views: Number(row.views) }));
}

const memos = new Map<string, () => Promise<(StoryCard & { views: number })[]>>();

/**
 * A language's list as its public pages show it, read again only when that language's most-read
 * tag is invalidated (lib/page-cache/tags.ts).
 */
export function mostReadForPages(language: string = defaultLanguage()) {
  let memo = memos.get(language);
  if (!memo) {
    memo = memoUntilInvalidated(inLanguage(MOST_READ_TAG, language), async () =>
      mostReadStories(await getDb(), MOST_READ_COUNT, language),
    );
    memos.set(language, memo);
  }
  return memo();
}
