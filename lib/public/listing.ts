// One page of a public list (section, tag, author): 20 stories and the address of the next page.
import type { Database } from '@/db';
import { decodePageCursor, encodePageCursor, latestStories, type ListFilter } from './stories';

export const PAGE_SIZE = 20;

export async function listingPage(db: Database, path: string, filter: ListFilter, before: unknown) {
  const stories = await latestStories(db, {
    limit: PAGE_SIZE + 1,
    filter,
    before: decodePageCursor(before),
  });
  const page = stories.slice(0, PAGE_SIZE);
  const next =
    stories.length > PAGE_SIZE ? `${path}?before=${encodePageCursor(page.at(-1)!)}` : null;
  return { stories: page, next };
}
