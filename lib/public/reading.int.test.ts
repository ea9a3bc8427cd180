import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import type { DatabaseHandle } from '@/db/open';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { DEMO_DRAFTS, WASHINGTON_DISPATCH_SLUG } from '@/lib/demo/seed-data/dispatches';
import { stories } from '@/db/schema';
import { feedItems, publicStoryAddresses, storiesPublishedSince } from './syndication';
import { jsonFeed, rssFeed } from './feeds';
import { newsSitemap, sitemap } from './sitemaps';
import { searchStories } from './search';
import { PAGE_SIZE, listingPage } from './listing';

const parser = new XMLParser({ ignoreAttributes: false });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe.each(testDatabaseKinds)('feeds, sitemaps and search on %s', (kind) => {
  let handle: DatabaseHandle;
  let hidden: string[];
  const tricky = 'Talks & "Tensions" <Resume> </script> in Baku';

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    // One live story with a headline full of characters to escape; one scheduled, one withdrawn.
    const live = await handle.db
      .select()
      .from(stories)
      .where(eq(stories.state, 'published'))
      .limit(3);
    await handle.db.update(stories).set({ headline: tricky }).where(eq(stories.id, live[0]!.id));
    await handle.db
      .update(stories)
      .set({ state: 'scheduled', publishAt: sql`now() + interval '1 day'` })
      .where(eq(stories.id, live[1]!.id));
    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, live[2]!.id));
    hidden = [live[1]!.slug, live[2]!.slug, ...DEMO_DRAFTS.map((draft) => draft.slug)];
  });
  afterAll(() => handle.close());

  it('writes an RSS feed that parses, escapes headlines and lists only public stories', async () => {
    const xml = rssFeed(await feedItems(handle.db), {
      title: 'Dateline',
      path: '/',
      feedPath: '/feed.xml',
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = asList(parser.parse(xml).rss.channel.item) as { title: string; link: string }[];
    expect(items).toHaveLength(30);
    expect(items[0]!.title).toBe(tricky);
    for (const slug of hidden) expect(xml).not.toContain(`/news/${slug}<`);
  });

  it('writes a JSON Feed 1.1 with the same stories', async () => {
    const feed = JSON.parse(jsonFeed(await feedItems(handle.db)));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0].title).toBe(tricky);
    expect(feed.items[0].authors[0].name).toBeTruthy();
    for (const slug of hidden) expect(JSON.stringify(feed)).not.toContain(`/news/${slug}"`);
  });

  it('lists every public story in the sitemap, and the last 48 hours in the news sitemap', async () => {
    const addresses = await publicStoryAddresses(handle.db);
    const xml = sitemap(addresses, [
      { slug: 'politics', lastModified: addresses[0]!.lastModified },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = asList(parser.parse(xml).urlset.url) as { loc: string }[];
    expect(urls).toHaveLength(addresses.length + 2);
    for (const slug of hidden) expect(xml).not.toContain(`/news/${slug}<`);

    const recent = await storiesPublishedSince(handle.db, 48);
    const news = newsSitemap(recent);
    expect(XMLValidator.validate(news)).toBe(true);
    const cutoff = Date.now() - 48 * 3_600_000;
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((story) => story.publishedAt.getTime() >= cutoff)).toBe(true);
    expect(recent.length).toBeLessThan(addresses.length);
  });

  it('finds stories by words of the body and ranks headline matches first', async () => {
    const hits = await searchStories(handle.db, 'air defences pentagon');
    expect(hits[0]?.slug).toBe(WASHINGTON_DISPATCH_SLUG);
    const byBody = await searchStories(handle.db, 'factories runways');
    expect(byBody.map((hit) => hit.slug)).toContain(WASHINGTON_DISPATCH_SLUG);
    expect(byBody[0]!.snippet).toMatch(/\u0002(factories|runways)\u0003/i);
    for (const slug of hidden) {
      const story = await handle.db.select().from(stories).where(eq(stories.slug, slug));
      const words = story[0]!.headline.split(' ').slice(0, 3).join(' ');
      const found = await searchStories(handle.db, words);
      expect(found.map((hit) => hit.slug)).not.toContain(slug);
    }
  });

  it('pages through a list by keyset, newest first, with nothing repeated or skipped', async () => {
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { stories: cards, next } = await listingPage(handle.db, '/', {}, before);
      seen.push(...cards.map((card) => card.id));
      if (!next) break;
      before = new URLSearchParams(next.split('?')[1]).get('before')!;
    }
    const all = await publicStoryAddresses(handle.db);
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await listingPage(handle.db, '/', {}, 'not-a-cursor')).stories).toHaveLength(PAGE_SIZE);
  });

  it('answers any query, however hostile, without an error', async () => {
    const corpus = [
      '',
      '   ',
      '"',
      '"unclosed phrase',
      '-',
      'OR OR OR',
      '!!!&&&|||',
      "'; drop table stories; --",
      '<script>alert(1)</script>',
      '\u0000\u0001 nul bytes',
      'a'.repeat(5_000),
      '日本語 العربية',
      '((((((',
      ':*',
    ];
    for (const query of corpus) {
      await expect(searchStories(handle.db, query)).resolves.toBeInstanceOf(Array);
    }
    expect(await searchStories(handle.db, { not: 'a string' })).toEqual([]);
  });
});
