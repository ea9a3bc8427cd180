// The rules of section and tag names and addresses (docs/product.md, "Sections and tags"): pure,
// so the desk's forms, the editor's tag picker and the services say the same thing.
import { languageName, type LanguageCode, type SiteLanguages } from './languages';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from './slug';

export const TAXONOMY_NAME_MAX = 60;

/**
 * A name as uniqueness compares it: trimmed, runs of white space as one space, lower case. The
 * database's unique indexes on sections and tags compare the same expression (db/schema/newsroom.ts).
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name as it is kept: trimmed, with single spaces. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** What is wrong with a name, or null when it is fine. */
export function nameProblem(name: string, what: 'tag' | 'section'): string | null {
  const clean = cleanName(name);
  const noun = what === 'tag' ? 'A tag' : 'A section';
  if (!clean) return `${noun} needs a name.`;
  if (clean.length > TAXONOMY_NAME_MAX) {
    return `${noun}’s name has at most ${TAXONOMY_NAME_MAX} characters (this one has ${clean.length}).`;
  }
  if (/[<>]/.test(clean)) return `${noun}’s name cannot contain markup such as < or >.`;
  // Controls (including NUL) are not text a reader could see.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(clean)) {
    return `${noun}’s name cannot contain control characters.`;
  }
  if (!slugify(clean)) return `${noun}’s name needs at least one letter or digit.`;
  return null;
}

/** What is wrong with an address (the slug after /tag/ or /section/), or null. */
export function slugProblem(slug: string): string | null {
  if (!slug) return 'Give an address.';
  if (slug.length > MAX_SLUG_LENGTH) return `An address has at most ${MAX_SLUG_LENGTH} characters.`;
  if (!SLUG_PATTERN.test(slug)) return 'Use lowercase letters, digits and single dashes.';
  return null;
}

/** A section's or tag's names in the site's other languages, by language code. */
export type LocalNames = Partial<Record<LanguageCode, string>>;

/**
 * The name to show in `language`: the default language's is `name`; another language's is its
 * entry in `names`, or `name` when it has none yet (a section is never nameless in any language).
 */
export function localName(
  entity: { name: string; names?: LocalNames | null },
  language: string,
  defaultLanguage: string,
): string {
  if (language === defaultLanguage) return entity.name;
  const local = entity.names?.[language as LanguageCode];
  return local && local.trim() ? local : entity.name;
}

/**
 * The names in other languages as a form sends them (`{ ru: "…", az: "" }`), checked against the
 * languages that may have one: each follows the rules of a name; an empty one is removed (the
 * default name shows instead). Answers the cleaned names, or the problem of each field that has one.
 */
export function checkLocalNames(
  input: Record<string, unknown>,
  languages: readonly LanguageCode[],
  what: 'tag' | 'section',
): { names: LocalNames; problems: Partial<Record<LanguageCode, string>> } {
  const names: LocalNames = {};
  const problems: Partial<Record<LanguageCode, string>> = {};
  for (const language of languages) {
    const raw = input[language];
    const text = typeof raw === 'string' ? cleanName(raw) : '';
    if (!text) continue;
    const problem = nameProblem(text, what);
    if (problem) problems[language] = problem;
    else names[language] = text;
  }
  return { names, problems };
}

/** The languages a section or tag may have a name of its own in: the site's other ones. */
export function nameLanguages(site: SiteLanguages): { code: LanguageCode; name: string }[] {
  return site.all
    .filter((code) => code !== site.default)
    .map((code) => ({ code, name: languageName(code) }));
}
