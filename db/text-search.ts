// Which PostgreSQL text search configuration each language's stories are indexed and searched with
// (ARCHITECTURE.md, Languages). Russian has its snowball stemmer (`russian`: "выборах" and
// "выборы" are one word). Azerbaijani has no configuration of its own in PostgreSQL; `turkish`
// stems by Turkish suffixes and vowels (no ə), so Azerbaijani uses `simple`: lower-cased whole
// words, no stemming. The stories' `search` column (db/schema/stories.ts) and the public search
// (lib/public/search.ts) both read this table, so a story is always searched the way it was indexed.
// It lives in db/ (as story-states.ts does) because the schema's generated column is built from it.
import type { LanguageCode } from '@/lib/languages';

export type TextSearchConfig = 'english' | 'russian' | 'simple';

export const TEXT_SEARCH_CONFIGS: Record<LanguageCode, TextSearchConfig> = {
  en: 'english',
  ru: 'russian',
  az: 'simple',
};

/** The configuration for a language's stories; `simple` for a code Dateline does not know. */
export function textSearchConfig(language: string): TextSearchConfig {
  return Object.hasOwn(TEXT_SEARCH_CONFIGS, language)
    ? TEXT_SEARCH_CONFIGS[language as LanguageCode]
    : 'simple';
}

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
