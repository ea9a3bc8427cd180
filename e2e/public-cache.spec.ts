// The public page cache as readers, CDNs and the desk meet it: public pages are served from cache
// with headers a shared cache can use, keyed by their declared parameters only; desk responses
// never are; a publication makes every cached page, list, feed and sitemap that shows the story
// current.
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { ARTICLE } from './fixtures/public';
import { step, workflow, writeDispatch } from './fixtures/workflow';

const CACHED = [
  '/',
  ARTICLE,
  '/section/politics',
  '/feed.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
];

test('public pages come from the cache with headers a CDN can use, revalidated by ETag', async ({
  request,
}) => {
  for (const path of CACHED) {
    await request.get(path); // warm
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-dateline-cache'], path).toBe('hit');
    expect(headers['cache-control'], path).toMatch(/^public, .*s-maxage=1/);
    const etag = headers['etag']!;
    expect(etag, path).toMatch(/^W\/".+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
  }
  const page = await request.get(ARTICLE);
  expect(page.headers()['vary']).toBe('Accept-Encoding');
});

test('a shared link with tracking parameters is the cached article, and its canonical link is plain', async ({
  page,
  request,
}) => {
  // Earlier journeys' views can move the most read list, which drops every article for a moment:
  // the pair (the plain article, then a link never asked for before) is tried again until it lands
  // between two such refreshes. A link keyed apart from the article would miss every time.
  for (const tracked of ['utm_source=social&fbclid=IwAR', 'utm_medium=mail&gclid=ab']) {
    await expect
      .poll(
        async () => {
          await request.get(ARTICLE);
          const response = await request.get(`${ARTICLE}?${tracked}${Date.now().toString(36)}`);
          expect(response.status(), tracked).toBe(200);
          return response.headers()['x-dateline-cache'];
        },
        { timeout: 10_000 },
      )
      .toBe('hit');
  }
  await page.goto(`${ARTICLE}?utm_source=social`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${ARTICLE}$`),
  );
  // A search is keyed by its words in normal form, whatever else the address carries.
  await request.get('/search?q=air+defences');
  const variant = await request.get('/search?q=%20Air%20%20DEFENCES%20&utm_source=x');
  expect(variant.headers()['x-dateline-cache']).toBe('hit');
});

test('malformed parameters answer 400, and a page past the end leads back to the first', async ({
  request,
}) => {
  for (const path of [
    '/search?q=senate&page=-1',
    '/search?q=senate&page=abc',
    '/section/politics?before=not-a-cursor',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()['cache-control'], path).toBe('no-store');
  }
  const pastTheEnd = await request.get('/search?q=senate&page=40', { maxRedirects: 0 });
  expect(pastTheEnd.status()).toBe(302);
  expect(pastTheEnd.headers()['location']).toBe('/search?q=senate');
  const oldest = Buffer.from('2000-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000');
  const beyond = await request.get(`/section/politics?before=${oldest.toString('base64url')}`, {
    maxRedirects: 0,
  });
  expect(beyond.status()).toBe(302);
  expect(beyond.headers()['location']).toBe('/section/politics');
});

test('feeds, sitemaps and structured data carry what their clients check', async ({
  page,
  request,
}) => {
  const feed = (await (await request.get('/feed.json')).json()) as {
    items: { content_html?: string; url: string }[];
  };
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items)
    expect(item.content_html, item.url).toMatch(/^<div class="article-body">.*<p>/s);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/section\/politics<\/loc><lastmod>\d{4}-/);
  await page.goto(ARTICLE);
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as { publisher: { logo: { url: string } } };
  const logo = await request.get(new URL(data.publisher.logo.url).pathname);
  expect(logo.headers()['content-type']).toBe('image/png');
  for (const icon of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']) {
    expect((await request.get(icon)).status(), icon).toBe(200);
    await expect(page.locator(`head link[href="${icon}"]`)).toHaveCount(1);
  }
});

test('public pages reach readers as plain HTML: structured data, but no client JavaScript', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of [
    '/',
    ARTICLE,
    '/section/politics',
    '/search?q=senate',
    '/news/no-such-story',
  ]) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
  // A missing page is a real 404 whose notice is in the HTML itself.
  const missing = await page.goto('/news/no-such-story');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  await page.goto(ARTICLE);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  // Links still lead on, as whole pages.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'World' })
    .click();
  await expect(page).toHaveURL(/\/section\/world$/);
  expect(scripts).toEqual([]);

  // An address no route knows gets the same notice.
  const unknown = await page.goto('/no/such/address');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the desk is never answered from the cache', async ({ page }) => {
  await signIn(page, DEMO.editor);
  const desk = await page.request.get('/desk');
  expect(desk.status()).toBe(200);
  expect(desk.headers()['x-dateline-cache']).toBeUndefined();
  expect(desk.headers()['cache-control']).toMatch(/private/);
  expect(desk.headers()['cache-control']).toMatch(/no-store/);
});

test('a publication refreshes every cached page, list, feed and sitemap that shows it', async ({
  page,
  request,
}) => {
  const headline = `Senate Confirms Trade Envoy ${Date.now().toString(36)}`;
  await signIn(page, DEMO.editor);
  const id = await writeDispatch(page, headline, 'The Senate confirmed the trade envoy.');
  await step(page, 'Submit for review');
  const { publicSlug } = (await (await page.request.get(`/api/stories/${id}`)).json()) as {
    publicSlug: string;
  };
  const article = `/news/${publicSlug}`;

  // Readers have the lists cached, and the story's address cached as "not found".
  for (const path of [...CACHED, article]) await request.get(path);
  expect((await request.get('/feed.xml')).headers()['x-dateline-cache']).toBe('hit');
  const missing = await request.get(article);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-dateline-cache']).toBe('hit');

  await step(page, 'Publish now');
  await expect(workflow(page).getByRole('status')).toContainText('Published.');

  // The instance that published dropped those pages at once: the next reader gets the story.
  expect((await request.get(article)).status()).toBe(200);
  for (const path of CACHED.filter((path) => path !== ARTICLE)) {
    const response = await request.get(path);
    expect(await response.text(), path).toContain(
      path.endsWith('sitemap.xml') ? publicSlug : headline,
    );
  }
  // The article pages' "Latest news" list shows it too.
  expect(await (await request.get(ARTICLE)).text()).toContain(headline);
});
