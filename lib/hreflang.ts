// Where each language of the public site lives, and how its pages name one another (docs/product.md,
// Languages). The default language keeps the plain addresses (/news/{slug}); every other language
// of SITE_LANGUAGES lives under its code (/ru/news/{slug}). Pure: the site's languages are passed
// in (or read from the environment by default), so the rules are unit-tested.
import { siteLanguages, type LanguageCode, type SiteLanguages } from './languages';

/** '' for the default language, '/ru' for another. */
export function languagePrefix(language: string, site: SiteLanguages = siteLanguages()): string {
  return language === site.default ? '' : `/${language}`;
}

/** A public path in a language: `/news/x` → `/ru/news/x`; the front page `/` → `/ru`. */
export function localePath(
  language: string,
  path: string,
  site: SiteLanguages = siteLanguages(),
): string {
  const prefix = languagePrefix(language, site);
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** An article's address: under its own language's prefix. */
export const storyPath = (story: { slug: string; language: string }, site?: SiteLanguages) =>
  localePath(story.language, `/news/${story.slug}`, site);

/** One version of a page: its language and its path. */
export interface LanguageVersion {
  language: LanguageCode;
  path: string;
}

/** A `<link rel="alternate" hreflang>`: a language code, or `x-default`, and a path. */
export interface Alternate {
  hreflang: LanguageCode | 'x-default';
  path: string;
}

/**
 * The reciprocal alternates of a page that exists in several languages: one per version (itself
 * included, as search engines want every page of the group to list the same set), in the site's
 * language order, then `x-default`: the version in the default language, or else the first.
 * Versions in a language the site no longer publishes are left out; a repeated language counts
 * once. Fewer than two versions: no alternates at all (nothing to point to).
 */
export function alternatesOf(
  versions: readonly LanguageVersion[],
  site: SiteLanguages = siteLanguages(),
): Alternate[] {
  const byLanguage = new Map<LanguageCode, string>();
  for (const version of versions) {
    if (site.all.includes(version.language) && !byLanguage.has(version.language)) {
      byLanguage.set(version.language, version.path);
    }
  }
  if (byLanguage.size < 2) return [];
  const ordered = site.all.flatMap((language) =>
    byLanguage.has(language) ? [{ hreflang: language, path: byLanguage.get(language)! }] : [],
  );
  const fallback = byLanguage.get(site.default) ?? ordered[0]!.path;
  return [...ordered, { hreflang: 'x-default', path: fallback }];
}

/** The same page (a front page, a section) in every language of the site. */
export function siteWideVersions(
  path: string,
  site: SiteLanguages = siteLanguages(),
): LanguageVersion[] {
  return site.all.map((language) => ({ language, path: localePath(language, path, site) }));
}
