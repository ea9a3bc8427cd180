import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import {
  HIT_END,
  HIT_START,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  searchStories,
} from '@/lib/public/search';
import { StoryList } from '@/components/article/story-list';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const PAGE = 20;

/** ts_headline's markers become <mark> elements; the text itself is never parsed as HTML. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIT_START}[^${HIT_END}]*${HIT_END})`));
  return (
    <p className="mt-1 text-sm">
      …
      {parts.map((part, index) =>
        part.startsWith(HIT_START) ? (
          <mark
            key={index}
            className="bg-yellow-200 text-ink dark:bg-yellow-700/60 dark:text-paper"
          >
            {part.slice(1, -1)}
          </mark>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
      …
    </p>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const q = normalizeQuery(Array.isArray(params.q) ? params.q[0] : params.q);
  const page = Math.max(0, Math.min(50, Number.parseInt(String(params.page ?? '0'), 10) || 0));
  const hits = q ? await searchStories(await getDb(), q, { limit: PAGE + 1, page }) : [];
  const shown = hits.slice(0, PAGE);

  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form role="search" action="/search" className="mt-4 flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search stories
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Words, or a phrase in quotes"
          className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Search
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-muted">
        {q ? (shown.length ? `Results for “${q}”` : `Nothing found for “${q}”.`) : ''}
      </p>
      {shown.length ? (
        <StoryList
          stories={shown}
          label="Search results"
          extra={(story) => <Snippet text={shown.find((hit) => hit.id === story.id)!.snippet} />}
        />
      ) : null}
      {hits.length > PAGE ? (
        <p className="mt-4">
          <a
            href={`/search?${new URLSearchParams({ q, page: String(page + 1) })}`}
            rel="next"
            className="font-semibold text-accent underline"
          >
            More results
          </a>
        </p>
      ) : null}
    </div>
  );
}
