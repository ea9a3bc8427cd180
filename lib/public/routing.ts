// Where an article address leads: the story, a permanent redirect (an older slug), or "gone" (a
// withdrawn story, 410). Asked by proxy.ts before the page renders, because a page cannot answer
// 410 itself. The answer is kept in the page cache with the article's tags, so a burst of readers
// costs one query and a withdrawal or a move takes effect with the story's invalidation.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { slugRedirects, stories } from '@/db/schema';

export type ArticleRoute =
  | { kind: 'page' }
  | { kind: 'moved'; slug: string; language: string }
  | { kind: 'gone'; headline: string };

export async function articleRoute(db: Database, slug: string): Promise<ArticleRoute> {
  const [story] = await db
    .select({ state: stories.state, headline: stories.headline })
    .from(stories)
    .where(eq(stories.slug, slug));
  if (story?.state === 'withdrawn') return { kind: 'gone', headline: story.headline };
  if (story) return { kind: 'page' };
  const [redirect] = await db
    .select({ slug: stories.slug, language: stories.language, state: stories.state })
    .from(slugRedirects)
    .innerJoin(stories, eq(stories.id, slugRedirects.storyId))
    .where(eq(slugRedirects.fromSlug, slug));
  if (redirect?.state === 'published') {
    return { kind: 'moved', slug: redirect.slug, language: redirect.language };
  }
  if (redirect?.state === 'withdrawn') return { kind: 'gone', headline: '' };
  return { kind: 'page' }; // the page itself answers 404 for anything else
}
