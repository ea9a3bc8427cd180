// Full-text search of public stories: PostgreSQL's websearch syntax, ranked with headline words
// weighted above standfirst above body, with a highlighted snippet. Any input gets an answer.
// Search is within one language: its public stories only, with the text search configuration that
// language's stories are indexed with (db/text-search.ts), so "выборы" finds "выборах".
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { media, sections, stories } from '@/db/schema';
import { defaultLanguage } from '@/lib/languages';
import { textSearchConfig } from '@/db/text-search';
import { cardColumns, isPublic, toCard, type StoryCard } from './stories';

export const MAX_QUERY_LENGTH = 200;
// Markers ts_headline puts around matches; the page turns them into <mark> (never raw HTML).
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SearchHit extends StoryCard {
  snippet: string;
}

/**
 * What a reader typed in its normal form: control characters and runs of white space become one
 * space, the ends are trimmed, letters lower-cased (search ignores case anyway), the length is
 * capped. Queries that differ only in those ways are one page, one cache entry. Empty: no search.
 */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return (
    raw
      .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
      .trim()
      // Azerbaijani and Turkish capital İ is i: lower-casing it alone would leave i plus a combining
      // dot, which matches no indexed word (PostgreSQL folds İ to a plain i).
      .replace(/İ/g, 'i')
      .toLowerCase()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  );
}

export async function searchStories(
  db: Database,
  rawQuery: unknown,
  {
    limit = 20,
    page = 0,
    language = defaultLanguage(),
  }: { limit?: number; page?: number; language?: string } = {},
): Promise<SearchHit[]> {
  const q = normalizeQuery(rawQuery);
  if (!q) return [];
  // A constant from db/text-search.ts, never the reader's input.
  const config = sql.raw(`'${textSearchConfig(language)}'::regconfig`);
  const query = sql`websearch_to_tsquery(${config}, ${q})`;
  const rank = sql<number>`ts_rank(${stories.search}, ${query})`;
  const rows = await db
    .select({
      ...cardColumns,
      snippet: sql<string>`ts_headline(${config}, ${stories.bodyText}, ${query},
        ${`StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2`})`,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredMediaId))
    .where(and(isPublic, eq(stories.language, language), sql`${stories.search} @@ ${query}`))
    .orderBy(desc(rank), desc(stories.publishedAt), desc(stories.id))
    .limit(limit)
    .offset(Math.max(0, Math.min(page, 50)) * limit);
  return rows.map((row) => ({ ...toCard(row), snippet: row.snippet }));
}
