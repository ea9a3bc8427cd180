// Which PostgreSQL text search configuration each language's stories are indexed and searched with
// (ARCHITECTURE.md, Languages). Russian has its snowball stemmer (`russian`: "выборах" and
// "выборы" are one word). Azerbaijani has no configuration of its own in PostgreSQL; `turkish`
// stems by Turkish suffixes and vowels (no ə), so Azerbaijani uses `simple`: lower-cased whole
// words, no stemming. The table lives in db/ so the stories' generated `search` column
// (db/schema/stories.ts) is made from it without db/ importing lib/, as db/story-states.ts does
// for the states; lib/text-search.ts reads it for the public search, so a story is always
// searched the way it was indexed, and a unit test checks it names every known language.

export type TextSearchConfig = 'english' | 'russian' | 'simple';

export const TEXT_SEARCH_CONFIGS = {
  en: 'english',
  ru: 'russian',
  az: 'simple',
} as const satisfies Record<string, TextSearchConfig>;

/**
 * The SQL that picks the configuration from a row's language column, as a `regconfig` constant per
 * branch (immutable, so a generated column may use it). English is the `else`: the column's default.
 */
export function textSearchConfigCase(languageColumn: string): string {
  const branches = Object.entries(TEXT_SEARCH_CONFIGS)
    .filter(([, config]) => config !== 'english')
    .map(([code, config]) => `WHEN '${code}' THEN '${config}'::regconfig`)
    .join(' ');
  return `(CASE ${languageColumn} ${branches} ELSE 'english'::regconfig END)`;
}
