// The languages the site publishes in (docs/product.md, Languages). `SITE_LANGUAGES` lists their
// codes, comma-separated, the first being the default language: the language of new stories and,
// until the per-language public routes exist, the only language public lists, feeds, sitemaps and
// search show. Pure: the parsing takes the raw value, so it is tested without touching the process.

/** The languages Dateline knows, each named in its own language. */
export const KNOWN_LANGUAGES = {
  en: 'English',
  ru: 'Русский',
  az: 'Azərbaycanca',
} as const;

export type LanguageCode = keyof typeof KNOWN_LANGUAGES;

export interface SiteLanguages {
  /** The default language: the first listed. */
  default: LanguageCode;
  /** Every language of the site, the default first, each once. */
  all: readonly LanguageCode[];
}

export const isLanguageCode = (code: unknown): code is LanguageCode =>
  typeof code === 'string' && Object.hasOwn(KNOWN_LANGUAGES, code);

/**
 * Parses a `SITE_LANGUAGES` value such as `en,ru,az`. Blank means English only. Codes are trimmed
 * and lowercased; a repeated code counts once. An unknown code is a configuration error, thrown
 * with the codes that are known, so a typo stops the server instead of hiding a language.
 */
export function parseSiteLanguages(raw: string | undefined): SiteLanguages {
  const codes = (raw ?? '')
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  if (codes.length === 0) return { default: 'en', all: ['en'] };
  const unknown = codes.filter((code) => !isLanguageCode(code));
  if (unknown.length > 0) {
    throw new Error(
      `SITE_LANGUAGES names unknown language ${unknown.map((c) => `"${c}"`).join(', ')}; ` +
        `known: ${Object.keys(KNOWN_LANGUAGES).join(', ')}.`,
    );
  }
  const all = [...new Set(codes)] as LanguageCode[];
  return { default: all[0]!, all };
}

/** The site's languages, from the environment. */
export const siteLanguages = (): SiteLanguages => parseSiteLanguages(process.env.SITE_LANGUAGES);

export const defaultLanguage = (): LanguageCode => siteLanguages().default;

/** A language's name in its own language ("Русский"), or the code itself when unknown. */
export const languageName = (code: string): string =>
  isLanguageCode(code) ? KNOWN_LANGUAGES[code] : code;

/** The site's languages a translation group may still be translated into. */
export function missingLanguages(site: SiteLanguages, present: readonly string[]): LanguageCode[] {
  return site.all.filter((code) => !present.includes(code));
}
