import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { checkBreaking, fillFront, pinExpiry } from './rules';

describe('pinExpiry', () => {
  const now = new Date('2026-12-07T10:30:00Z');

  it('reads a time of day as the next time the newsroom clock shows it', () => {
    expect(pinExpiry('18:00', now, 'UTC')).toEqual(new Date('2026-12-07T18:00:00Z'));
    expect(pinExpiry('09:15', now, 'UTC')).toEqual(new Date('2026-12-08T09:15:00Z'));
    expect(pinExpiry('10:30', now, 'UTC')).toEqual(new Date('2026-12-08T10:30:00Z'));
  });

  it('uses the newsroom time zone, summer time included', () => {
    expect(pinExpiry('18:00', now, 'Europe/London')).toEqual(new Date('2026-12-07T18:00:00Z'));
    expect(pinExpiry('18:00', now, 'America/New_York')).toEqual(new Date('2026-12-07T23:00:00Z'));
    const june = new Date('2026-06-10T08:00:00Z');
    expect(pinExpiry('18:00', june, 'Europe/Berlin')).toEqual(new Date('2026-06-10T16:00:00Z'));
  });

  it('keeps an instant the desk was given, and refuses one that has passed', () => {
    expect(pinExpiry('2026-12-07T12:00:00.000Z', now, 'UTC')).toEqual(
      new Date('2026-12-07T12:00:00Z'),
    );
    expect(() => pinExpiry('2026-12-07T10:00:00.000Z', now, 'UTC', 'Rail strike')).toThrow(
      /“Rail strike” has run out/,
    );
  });

  it('is empty for a pin without end and refuses what is not a time', () => {
    expect(pinExpiry('', now, 'UTC')).toBeNull();
    expect(pinExpiry(null, now, 'UTC')).toBeNull();
    expect(() => pinExpiry('25:00', now, 'UTC')).toThrow(AppError);
    expect(() => pinExpiry('soon', now, 'UTC')).toThrow(/needs a time such as 18:00/);
  });
});

describe('fillFront', () => {
  const story = (id: string) => ({ id });
  const newest = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(story);

  it('fills every slot with the newest stories when nothing is curated', () => {
    const front = fillFront(new Map(), newest, 3);
    expect(front.lead?.id).toBe('a');
    expect(front.top.map((s) => s.id)).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
    expect(front.latest.map((s) => s.id)).toEqual(['h', 'i', 'j']);
  });

  it('keeps curated slots where editors put them and fills the gaps', () => {
    const curated = new Map([
      [0, story('x')],
      [2, story('c')],
      [3, story('y')],
    ]);
    const front = fillFront(curated, newest, 2);
    expect(front.lead?.id).toBe('x');
    expect(front.top.map((s) => s.id)).toEqual(['a', 'c', 'y', 'b', 'd', 'e']);
    expect(front.latest.map((s) => s.id)).toEqual(['f', 'g']);
  });

  it('shows what there is when there are few stories', () => {
    expect(fillFront(new Map(), [], 5)).toEqual({ lead: null, top: [], latest: [] });
    expect(fillFront(new Map(), [story('a'), story('b')], 5).top).toEqual([story('b')]);
  });
});

describe('checkBreaking', () => {
  it('takes one line and a link of this site or the web', () => {
    expect(checkBreaking({ text: '  Polls  close\n at 22:00 ', url: '/news/polls' })).toEqual({
      text: 'Polls close at 22:00',
      url: '/news/polls',
    });
    expect(checkBreaking({ text: 'Live', url: 'https://example.org/live' }).url).toBe(
      'https://example.org/live',
    );
    expect(checkBreaking({ text: 'No link', url: '' }).url).toBe('');
  });

  it('refuses an empty or long line and links that are not pages', () => {
    expect(() => checkBreaking({ text: ' ', url: '' })).toThrow(/Write the line/);
    expect(() => checkBreaking({ text: 'x'.repeat(161), url: '' })).toThrow(/160 characters/);
    for (const url of ['javascript:alert(1)', '//evil.example', 'mailto:desk@example.org']) {
      expect(() => checkBreaking({ text: 'Line', url })).toThrow(/page of this site/);
    }
  });
});
