import { describe, expect, it } from 'vitest';
import { beaconStoryId, isReaderView } from './beacon';
import { ViewCounter } from './counter';

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const get = (headers: Record<string, string> = {}) => ({
  method: 'GET',
  headers: { 'user-agent': CHROME, ...headers },
});

describe('the view beacon', () => {
  it('counts a browser fetching the pixel', () => {
    expect(isReaderView(get())).toBe(true);
    expect(isReaderView(get({ 'user-agent': CHROME.replace('Chrome', 'HeadlessChrome') }))).toBe(
      true,
    );
  });

  it('leaves out crawlers, previews, scripts and requests without an agent', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'Twitterbot/1.0',
      'Slackbot-LinkExpanding 1.0',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 (compatible; AhrefsBot/7.0)',
      '',
    ]) {
      expect(isReaderView(get({ 'user-agent': agent })), agent).toBe(false);
    }
  });

  it('leaves out prefetches, prerenders and HEAD requests', () => {
    expect(isReaderView(get({ purpose: 'prefetch' }))).toBe(false);
    expect(isReaderView(get({ 'sec-purpose': 'prefetch;prerender' }))).toBe(false);
    expect(isReaderView(get({ 'x-moz': 'prefetch' }))).toBe(false);
    expect(isReaderView({ ...get(), method: 'HEAD' })).toBe(false);
  });

  it('names a story by its id only', () => {
    const id = '0b6f3c9e-4a1d-4c39-9d1e-2f1a7c3b5e10';
    expect(beaconStoryId(`/api/views/${id}`)).toBe(id);
    expect(beaconStoryId(`/api/views/${id.toUpperCase()}`)).toBe(id);
    expect(beaconStoryId('/api/views/not-a-story')).toBeNull();
    expect(beaconStoryId(`/api/views/${id}/x`)).toBeNull();
  });
});

describe('the view counter', () => {
  it('adds views per story and hour, and forgets what it hands over', () => {
    let now = Date.UTC(2026, 0, 1, 10, 59, 0);
    const counter = new ViewCounter(() => now);
    counter.record('a');
    counter.record('a');
    counter.record('b');
    now += 120_000; // the next hour
    counter.record('a');
    const taken = counter
      .take()
      .sort((x, y) => x.hour - y.hour || x.storyId.localeCompare(y.storyId));
    expect(taken).toEqual([
      { storyId: 'a', hour: Date.UTC(2026, 0, 1, 10), views: 2 },
      { storyId: 'b', hour: Date.UTC(2026, 0, 1, 10), views: 1 },
      { storyId: 'a', hour: Date.UTC(2026, 0, 1, 11), views: 1 },
    ]);
    expect(counter.take()).toEqual([]);
    counter.restore(taken);
    counter.record('a');
    const again = counter.take();
    expect(again).toHaveLength(3);
    expect(again.find((e) => e.storyId === 'a' && e.hour === Date.UTC(2026, 0, 1, 11))!.views).toBe(
      2,
    );
  });

  it('knows the last five minutes and the current hour', () => {
    let now = Date.UTC(2026, 0, 1, 10, 0, 0);
    const counter = new ViewCounter(() => now);
    counter.record('a');
    now += 10 * 60_000;
    counter.record('a');
    counter.record('b');
    expect(Object.fromEntries(counter.recent())).toEqual({ a: 1, b: 1 });
    expect(Object.fromEntries(counter.currentHour().views)).toEqual({ a: 2, b: 1 });
    counter.take();
    expect(counter.unwrittenThisHour().size).toBe(0);
    expect(Object.fromEntries(counter.currentHour().views)).toEqual({ a: 2, b: 1 });
  });
});
