import { describe, expect, it } from 'vitest';
import {
  checkLocalNames,
  cleanName,
  localName,
  nameKey,
  nameProblem,
  slugProblem,
} from './taxonomy';

describe('section and tag names', () => {
  it('compare regardless of case and spacing', () => {
    expect(nameKey('  Climate   Change ')).toBe('climate change');
    expect(nameKey('CLIMATE\tchange')).toBe(nameKey('climate change'));
    expect(cleanName('  Climate   Change ')).toBe('Climate Change');
  });

  it('refuse empty names, names over 60 characters and markup, with a clear message', () => {
    expect(nameProblem('   ', 'tag')).toBe('A tag needs a name.');
    expect(nameProblem('x'.repeat(60), 'tag')).toBeNull();
    expect(nameProblem('x'.repeat(61), 'tag')).toMatch(/at most 60 characters \(this one has 61\)/);
    expect(nameProblem('<b>Bold</b>', 'section')).toMatch(
      /^A section’s name cannot contain markup/,
    );
    expect(nameProblem('Trade & tariffs', 'tag')).toBeNull();
    expect(nameProblem('a\u0000b', 'tag')).toMatch(/control characters/);
    expect(nameProblem('!!!', 'tag')).toMatch(/at least one letter or digit/);
  });

  it('accept addresses of lowercase words and single dashes only', () => {
    expect(slugProblem('climate-change')).toBeNull();
    expect(slugProblem('')).toBe('Give an address.');
    expect(slugProblem('Climate')).toMatch(/lowercase/);
    expect(slugProblem('a--b')).toMatch(/single dashes/);
    expect(slugProblem('x'.repeat(81))).toMatch(/at most 80/);
  });
});

describe('localName', () => {
  const politics = { name: 'Politics', names: { ru: 'Политика', az: '  ' } };

  it('answers the name in the language, or the default name when it has none', () => {
    expect(localName(politics, 'ru', 'en')).toBe('Политика');
    expect(localName(politics, 'en', 'en')).toBe('Politics');
    expect(localName(politics, 'az', 'en')).toBe('Politics');
    expect(localName({ name: 'Politics' }, 'ru', 'en')).toBe('Politics');
    expect(localName({ name: 'Politics', names: null }, 'ru', 'en')).toBe('Politics');
  });

  it('answers `name` in the default language even when names holds that language', () => {
    expect(localName({ name: 'Политика', names: { en: 'Politics' } }, 'ru', 'ru')).toBe('Политика');
  });
});

describe('checkLocalNames', () => {
  it('keeps the cleaned names of the languages asked for and drops empty ones', () => {
    expect(
      checkLocalNames(
        { ru: '  Мировая   экономика ', az: '', en: 'Ignored' },
        ['ru', 'az'],
        'section',
      ),
    ).toEqual({ names: { ru: 'Мировая экономика' }, problems: {} });
  });

  it('says what is wrong with each name that breaks the rules', () => {
    const { names, problems } = checkLocalNames(
      { ru: '<b>Политика</b>', az: 'İqtisadiyyat' },
      ['ru', 'az'],
      'tag',
    );
    expect(names).toEqual({ az: 'İqtisadiyyat' });
    expect(problems.ru).toMatch(/markup/);
  });
});
