// The public routes rendered in-process against a real database (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): what each answers, with the status and headers the cache keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import type { DatabaseHandle } from '@/db/open';
import { seedDemoNewsroom } from '@/lib/demo/seed-newsroom';
import { WASHINGTON_DISPATCH_SLUG } from '@/lib/demo/seed-data/dispatches';
import { slugRedirects, stories } from '@/db/schema';
import { resolveTarget } from '@/lib/page-cache/routes';
import { publicSite } from './routes';

const site = publicSite();
const globalDb = globalThis as typeof globalThis & { datelineDb?: Promise<DatabaseHandle> };

/** What the site answers at `address`, rendered as on a miss. */
async function render(address: string) {
  const [pathname, search = ''] = address.split('?');
  const target = resolveTarget(site.routes, site.notFound, pathname!, search);
  if (target.kind !== 'page') throw new Error(`${address} is ${target.kind}`);
  const page = await target.route.render(target.request);
  const headers = Object.fromEntries(page.headers);
  return { status: page.status, headers, text: new TextDecoder().decode(page.body) };
}

describe.each(testDatabaseKinds)('the public routes on %s', (kind) => {
  let handle: DatabaseHandle;
  let withdrawn: string;
  let moved: { from: string; to: string };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    // The pages read the server's one handle (db/index.ts): here, this suite's database.
    globalDb.datelineDb = Promise.resolve(handle);
    const live = await handle.db
      .select({ id: stories.id, slug: stories.slug })
      .from(stories)
      .where(eq(stories.state, 'published'))
      .limit(2);
    withdrawn = live[0]!.slug;
    await handle.db.update(stories).set({ state: 'withdrawn' }).where(eq(stories.id, live[0]!.id));
    moved = { from: `${live[1]!.slug}-first-address`, to: live[1]!.slug };
    await handle.db.insert(slugRedirects).values({ fromSlug: moved.from, storyId: live[1]!.id });
  });
  afterAll(async () => {
    globalDb.datelineDb = undefined;
    await handle.close();
  });

  it('renders an article as plain HTML with its canonical address and structured data', async () => {
    const page = await render(`/news/${WASHINGTON_DISPATCH_SLUG}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(page.text).toContain(
      `<link rel="canonical" href="http://localhost:3000/news/${WASHINGTON_DISPATCH_SLUG}"/>`,
    );
    expect(page.text).toContain('"logo":{"@type":"ImageObject"');
    expect(page.text).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(page.text).not.toContain('aria-label="Dateline"');
  });

  it('answers a withdrawn story with 410, an older address with 308, an unknown one with 404', async () => {
    expect((await render(`/news/${withdrawn}`)).status).toBe(410);
    const redirect = await render(`/news/${moved.from}`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe(`/news/${moved.to}`);
    const missing = await render('/news/no-such-dispatch');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Page not found');
    expect(missing.text).toContain('<meta name="robots" content="noindex"/>');
  });

  it('sends a search or a list past its end back to the first page', async () => {
    const found = await render('/search?q=washington');
    expect(found.status).toBe(200);
    expect(found.text).toContain('Results for “washington”');
    const past = await render('/search?q=washington&page=30');
    expect(past.status).toBe(302);
    expect(past.headers.location).toBe('/search?q=washington');
    const oldest = Buffer.from('2000-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000');
    const beyond = await render(`/section/politics?before=${oldest.toString('base64url')}`);
    expect(beyond.status).toBe(302);
    expect(beyond.headers.location).toBe('/section/politics');
  });

  it('gives JSON Feed items their article and sitemap sections their last change', async () => {
    const feed = JSON.parse((await render('/feed.json')).text) as {
      items: { url: string; content_html: string }[];
    };
    expect(feed.items.length).toBeGreaterThan(0);
    const washington = feed.items.find((item) => item.url.endsWith(WASHINGTON_DISPATCH_SLUG));
    expect(washington?.content_html).toMatch(/^<div class="article-body">.*<blockquote>/s);
    const sitemap = (await render('/sitemap.xml')).text;
    expect(sitemap).toMatch(/\/section\/politics<\/loc><lastmod>\d{4}-\d\d-\d\dT/);
  });
});
