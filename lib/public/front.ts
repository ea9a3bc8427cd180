// What the front page shows readers (docs/product.md, "The front page"): the editors' pins whose
// stories are public and whose time has not run out, every other slot filled with the newest
// stories, and the latest rail after them. Read on each render of `/`, which the page cache keeps
// until the front's tag is invalidated (an arrangement, a pin running out, any story change).
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { frontSlots, media, sections, settings, stories } from '@/db/schema';
import { fillFront, TOP_STORIES, type BreakingNews, type FilledFront } from '@/lib/front/rules';
import { defaultLanguage } from '@/lib/languages';
import { cardColumns, latestStories, listedIn, toCard, type StoryCard } from './stories';

export const LATEST_RAIL = 12;

/** A language's front page: pins of stories in that language, the rest its newest stories. */
export async function frontStories(
  db: Database,
  language: string = defaultLanguage(),
): Promise<FilledFront<StoryCard>> {
  const [pinned, newest] = await Promise.all([
    db
      .select({ position: frontSlots.position, ...cardColumns })
      .from(frontSlots)
      .innerJoin(stories, eq(stories.id, frontSlots.storyId))
      .leftJoin(sections, eq(sections.id, stories.sectionId))
      .leftJoin(media, eq(media.id, stories.featuredMediaId))
      .where(
        and(
          listedIn(language),
          or(isNull(frontSlots.pinnedUntil), gt(frontSlots.pinnedUntil, sql`now()`)),
        ),
      ),
    // Enough to fill every slot and the rail even when all the pinned stories are among them.
    latestStories(db, { limit: 1 + TOP_STORIES * 2 + LATEST_RAIL, filter: { language } }),
  ]);
  const curated = new Map(pinned.map(({ position, ...row }) => [position, toCard(row)]));
  return fillFront(curated, newest, LATEST_RAIL);
}

/** Where the breaking-news strip is kept (lib/services/front.ts sets and clears it). */
export const BREAKING_SETTING = 'breaking_news';

/** The breaking-news strip, or null when none is set. */
export async function breakingNews(db: Executor): Promise<BreakingNews | null> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, BREAKING_SETTING));
  return (row?.value as BreakingNews | undefined) ?? null;
}
