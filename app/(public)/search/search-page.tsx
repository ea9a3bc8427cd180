// /search?q=…&page=… (/ru/search…): full-text search of a language's published stories. Only `q`
// (in its normal form) and `page` make the page; a page past the last result goes back to the first.
import { getDb } from '@/db';
import {
  HIT_END,
  HIT_START,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  searchStories,
} from '@/lib/public/search';
import { StoryList } from '@/components/article/story-list';
import type { PageRequest, ParamRule } from '@/lib/page-cache/routes';
import type { PublicAnswer } from '../document';
import { localePath, siteWideVersions } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';

const PAGE = 20;
const LAST_PAGE = 50;

export const SEARCH_QUERY: Record<string, ParamRule> = {
  q: normalizeQuery,
  // Pages count from 0, which is the address without one.
  page: (raw) =>
    /^\d{1,3}$/.test(raw) && Number(raw) <= LAST_PAGE
      ? Number(raw)
        ? String(Number(raw))
        : ''
      : null,
};

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

export async function searchPage(
  { query }: PageRequest,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const q = query.get('q') ?? '';
  const page = Number(query.get('page') ?? 0);
  // The language's own stories, searched with its text search configuration (lib/public/search.ts).
  const hits = q ? await searchStories(await getDb(), q, { limit: PAGE + 1, page, language }) : [];
  const path = localePath(language, '/search');
  if (page > 0 && hits.length === 0) {
    return {
      kind: 'redirect',
      status: 302,
      location: q ? `${path}?${new URLSearchParams({ q })}` : path,
    };
  }
  return {
    kind: 'page',
    language,
    versions: siteWideVersions('/search'),
    head: { title: messages(language).search, noindex: true, canonical: path },
    body: <Results q={q} page={page} hits={hits} language={language} path={path} />,
  };
}

function Results({
  q,
  page,
  hits,
  language,
  path,
}: {
  q: string;
  page: number;
  hits: Awaited<ReturnType<typeof searchStories>>;
  language: LanguageCode;
  path: string;
}) {
  const shown = hits.slice(0, PAGE);
  const t = messages(language);
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">{t.search}</h1>
      <form role="search" action={path} className="mt-4 flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.searchPlaceholder}
          className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          {t.search}
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-muted">
        {q ? (shown.length ? t.resultsFor(q) : t.nothingFoundFor(q)) : ''}
      </p>
      {shown.length ? (
        <StoryList
          stories={shown}
          label={t.searchResults}
          extra={(story) => <Snippet text={shown.find((hit) => hit.id === story.id)!.snippet} />}
        />
      ) : null}
      {hits.length > PAGE ? (
        <p className="mt-4">
          <a
            href={`${path}?${new URLSearchParams({ q, page: String(page + 1) })}`}
            rel="next"
            className="font-semibold text-accent underline"
          >
            {t.moreResults}
          </a>
        </p>
      ) : null}
    </div>
  );
}
