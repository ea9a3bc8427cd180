import { describe, expect, it } from 'vitest';
import { textSearchConfig, textSearchConfigCase } from './text-search';

describe('text search configurations', () => {
  it('stem English and Russian, and take Azerbaijani and unknown codes word by word', () => {
    expect(['en', 'ru', 'az', 'xx'].map(textSearchConfig)).toEqual([
      'english',
      'russian',
      'simple',
      'simple',
    ]);
  });

  it('pick the configuration in SQL by the row’s language, English otherwise', () => {
    expect(textSearchConfigCase('"language"')).toBe(
      `(CASE "language" WHEN 'ru' THEN 'russian'::regconfig WHEN 'az' THEN 'simple'::regconfig ELSE 'english'::regconfig END)`,
    );
  });
});
