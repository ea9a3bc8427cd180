import { describe, expect, it } from 'vitest';
import { cleanName, nameKey, nameProblem, slugProblem } from './taxonomy';

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
