// The designed notice of a public address with nothing behind it, answered 404.
import { MissingPage } from '@/components/article/missing-page';
import { messages } from '@/lib/i18n/messages';
import { defaultLanguage, type LanguageCode } from '@/lib/languages';
import type { PublicAnswer } from './document';

/** The notice in a language: the language of the address asked for (its prefix), else the default. */
export const missing = (language: LanguageCode = defaultLanguage()): PublicAnswer => ({
  kind: 'page',
  status: 404,
  language,
  head: { title: messages(language).notFoundTitle, noindex: true },
  body: <MissingPage language={language} />,
});
