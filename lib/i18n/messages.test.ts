import { describe, expect, it } from 'vitest';
import { KNOWN_LANGUAGES } from '@/lib/languages';
import { MESSAGES, messages } from './messages';

describe('the public site words', () => {
  const reference = Object.keys(MESSAGES.en).sort();

  it.each(Object.keys(KNOWN_LANGUAGES))('%s has every key, each with words', (code) => {
    const words = MESSAGES[code as keyof typeof MESSAGES];
    expect(Object.keys(words).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(words)) {
      const text = typeof value === 'function' ? (value as (arg: unknown) => string)('X') : value;
      expect(text.trim(), `${code}.${key}`).not.toBe('');
      if (typeof value === 'function' && key !== 'by')
        expect(text, `${code}.${key}`).toContain('X');
    }
  });

  it('speaks each language in its own words, not English', () => {
    expect(messages('ru').latestNews).toBe('Последние новости');
    expect(messages('az').latestNews).toBe('Son xəbərlər');
    for (const code of ['ru', 'az'] as const) {
      const same = Object.keys(MESSAGES.en).filter(
        (key) =>
          typeof MESSAGES.en[key as keyof typeof MESSAGES.en] === 'string' &&
          MESSAGES.en[key as keyof typeof MESSAGES.en] ===
            MESSAGES[code][key as keyof typeof MESSAGES.en],
      );
      expect(same, code).toEqual([]);
    }
  });

  it('falls back to English for an unknown language', () => {
    expect(messages('fr')).toBe(MESSAGES.en);
    expect(messages(undefined)).toBe(MESSAGES.en);
  });
});
