// Where an article address leads: the story, a permanent redirect (an older slug), or "gone" (a
// withdrawn story, 410). Asked by proxy.ts before the page renders, because a page cannot answer
// 410 itself. Answers are remembered for one second per slug, so a burst of readers costs one query.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { slugRedirects, stories } from '@/db/schema';

export type ArticleRoute =
  { kind: 'page' } | { kind: 'moved'; slug: string } | { kind: 'gone'; headline: string };

const MEMO_MS = 1_000;
const memo = new Map<string, { at: number; route: ArticleRoute }>();

async function lookUp(db: Database, slug: string): Promise<ArticleRoute> {
  const [story] = await db
    .select({ state: stories.state, headline: stories.headline })
    .from(stories)
    .where(eq(stories.slug, slug));
  if (story?.state === 'withdrawn') return { kind: 'gone', headline: story.headline };
  if (story) return { kind: 'page' };
  const [redirect] = await db
    .select({ slug: stories.slug, state: stories.state })
    .from(slugRedirects)
    .innerJoin(stories, eq(stories.id, slugRedirects.storyId))
    .where(eq(slugRedirects.fromSlug, slug));
  if (redirect?.state === 'published') return { kind: 'moved', slug: redirect.slug };
  if (redirect?.state === 'withdrawn') return { kind: 'gone', headline: '' };
  return { kind: 'page' }; // the page itself answers 404 for anything else
}

export async function articleRoute(
  db: Database,
  slug: string,
  now = Date.now(),
): Promise<ArticleRoute> {
  const known = memo.get(slug);
  if (known && now - known.at < MEMO_MS) return known.route;
  const route = await lookUp(db, slug);
  if (memo.size > 10_000) memo.clear();
  memo.set(slug, { at: now, route });
  return route;
}
