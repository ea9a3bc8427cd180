import { describe, expect, it } from 'vitest';
import { parseSiteLanguages } from './languages';
import { alternatesOf, languagePrefix, localePath, siteWideVersions, storyPath } from './hreflang';

const site = parseSiteLanguages('en,ru,az');

describe('language addresses', () => {
  it('keeps the default language at the plain addresses and puts others under their code', () => {
    expect(languagePrefix('en', site)).toBe('');
    expect(languagePrefix('ru', site)).toBe('/ru');
    expect(localePath('en', '/', site)).toBe('/');
    expect(localePath('az', '/', site)).toBe('/az');
    expect(localePath('ru', '/section/world', site)).toBe('/ru/section/world');
    expect(storyPath({ slug: 'vstrecha', language: 'ru' }, site)).toBe('/ru/news/vstrecha');
    expect(storyPath({ slug: 'summit', language: 'en' }, site)).toBe('/news/summit');
  });

  it('follows the default language when it is not English', () => {
    const russianFirst = parseSiteLanguages('ru,en');
    expect(localePath('ru', '/news/x', russianFirst)).toBe('/news/x');
    expect(localePath('en', '/news/x', russianFirst)).toBe('/en/news/x');
  });
});

describe('hreflang alternates', () => {
  it('lists every version, itself included, in the site order, then x-default', () => {
    const versions = [
      { language: 'az' as const, path: '/az/news/sammit' },
      { language: 'en' as const, path: '/news/summit' },
      { language: 'ru' as const, path: '/ru/news/sammit' },
    ];
    expect(alternatesOf(versions, site)).toEqual([
      { hreflang: 'en', path: '/news/summit' },
      { hreflang: 'ru', path: '/ru/news/sammit' },
      { hreflang: 'az', path: '/az/news/sammit' },
      { hreflang: 'x-default', path: '/news/summit' },
    ]);
  });

  it('is the same set from every member of the group (reciprocal)', () => {
    const versions = [
      { language: 'ru' as const, path: '/ru/news/a' },
      { language: 'en' as const, path: '/news/b' },
    ];
    expect(alternatesOf(versions, site)).toEqual(alternatesOf([...versions].reverse(), site));
  });

  it('points x-default at the first version when none is in the default language', () => {
    expect(
      alternatesOf(
        [
          { language: 'az', path: '/az/news/a' },
          { language: 'ru', path: '/ru/news/b' },
        ],
        site,
      ).at(-1),
    ).toEqual({ hreflang: 'x-default', path: '/ru/news/b' });
  });

  it('gives nothing for a page in one language, and drops languages the site does not publish', () => {
    expect(alternatesOf([{ language: 'en', path: '/news/a' }], site)).toEqual([]);
    expect(
      alternatesOf(
        [
          { language: 'en', path: '/news/a' },
          { language: 'az', path: '/az/news/b' },
        ],
        parseSiteLanguages('en,ru'),
      ),
    ).toEqual([]);
  });

  it('gives a site-wide page a version in each language', () => {
    expect(siteWideVersions('/section/world', site).map((v) => v.path)).toEqual([
      '/section/world',
      '/ru/section/world',
      '/az/section/world',
    ]);
  });
});
