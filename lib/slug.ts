// Story addresses: /news/{slug}. Derived from the headline; lowercase ASCII words and dashes.
// Headlines in Cyrillic are transliterated to readable Latin (a scheme close to the one Russian
// passports use: ж zh, х kh, ц ts, щ shch); Azerbaijani letters are folded as the country's own
// sites fold them in addresses (ə e, ı i, ş s, ç c, ğ g, ö o, ü u).
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

// prettier-ignore
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ə: 'e', ı: 'i',
};

/** Cyrillic and the Azerbaijani letters that no accent-stripping reaches, as Latin. */
export function transliterate(text: string): string {
  return text.toLowerCase().replace(/[\u0400-\u04ffəı]/g, (letter) => LATIN[letter] ?? letter);
}

export function slugify(text: string): string {
  const words = transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words;
  // Cut at a word boundary.
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}
