import { describe, expect, it } from 'vitest';
import { languageName, missingLanguages, parseSiteLanguages } from './languages';

describe('parseSiteLanguages', () => {
  it('is English alone when unset or blank', () => {
    expect(parseSiteLanguages(undefined)).toEqual({ default: 'en', all: ['en'] });
    expect(parseSiteLanguages('  ')).toEqual({ default: 'en', all: ['en'] });
  });

  it('takes the first listed as the default, trimming, lowercasing and counting each once', () => {
    expect(parseSiteLanguages(' RU, en ,az,ru,')).toEqual({
      default: 'ru',
      all: ['ru', 'en', 'az'],
    });
  });

  it('refuses an unknown code, naming it and the known ones', () => {
    expect(() => parseSiteLanguages('en,fr')).toThrow(/"fr".*known: en, ru, az/);
  });
});

describe('languages', () => {
  it('names each language in its own language', () => {
    expect(['en', 'ru', 'az'].map(languageName)).toEqual(['English', 'Русский', 'Azərbaycanca']);
  });

  it('offers only the site languages a group lacks, in the site order', () => {
    const site = parseSiteLanguages('en,ru,az');
    expect(missingLanguages(site, ['en'])).toEqual(['ru', 'az']);
    expect(missingLanguages(site, ['en', 'az', 'ru'])).toEqual([]);
  });
});
