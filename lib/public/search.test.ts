import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery } from './search';

describe('normalizeQuery', () => {
  it('trims, joins white space and lower-cases, capped in length', () => {
    expect(normalizeQuery('  Air \n\t DEFENCES ')).toBe('air defences');
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery(42)).toBe('');
  });

  it('lower-cases Cyrillic, and the Azerbaijani İ to a plain i as the index does', () => {
    expect(normalizeQuery('ВЫБОРЫ')).toBe('выборы');
    expect(normalizeQuery('SEÇKİ İLİ')).toBe('seçki ili');
    expect(normalizeQuery('SEÇKİ')).toHaveLength(5);
  });
});
