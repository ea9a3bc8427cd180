// The text search configuration of each language (the table is db/text-search.ts; ARCHITECTURE.md,
// Languages): the public search (lib/public/search.ts) asks it for the configuration to read a
// query with, the same one the stories' `search` column was indexed with.
import { TEXT_SEARCH_CONFIGS, type TextSearchConfig } from '@/db/text-search';
import { isLanguageCode } from './languages';

export { TEXT_SEARCH_CONFIGS, textSearchConfigCase, type TextSearchConfig } from '@/db/text-search';

/** The configuration for a language's stories; `simple` for a code Dateline does not know. */
export function textSearchConfig(language: string): TextSearchConfig {
  return isLanguageCode(language) ? TEXT_SEARCH_CONFIGS[language] : 'simple';
}
