import { describe, expect, it } from 'vitest';
import { storyAsText, wordDiff } from './text-diff';

describe('wordDiff', () => {
  it('marks added and removed words', () => {
    const parts = wordDiff('The minister said on Monday', 'The minister said on Tuesday evening');
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual([
      'Monday',
    ]);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual([
      'Tuesday evening',
    ]);
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('The minister said on Monday');
  });

  it('reads a story as headline, standfirst, dateline and body', () => {
    const text = storyAsText(
      { headline: 'Talks Resume', standfirst: '', dateline: 'Brussels' },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }] },
    );
    expect(text).toBe('Talks Resume\n\nBrussels\n\nBody.');
  });
});
