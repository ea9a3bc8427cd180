// The public page cache as readers, CDNs and the desk meet it: public pages are served from cache
// with headers a shared cache can use; desk and client-navigation responses never are; a
// publication makes every cached page, list, feed and sitemap that shows the story current.
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
    expect(etag, path).toMatch(/^".+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
  }
  const page = await request.get(ARTICLE);
  expect(page.headers()['vary']).toMatch(/rsc/i);
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

  // An address no route knows gets the same notice (from Next's own not-found page).
  const unknown = await page.goto('/no/such/address');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('client navigation and the desk are never answered from the cache', async ({
  page,
  request,
}) => {
  await request.get('/');
  // What the router asks for when a reader follows a link without a full page load.
  const rsc = await request.get('/', { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } });
  expect(rsc.headers()['x-dateline-cache']).toBeUndefined();

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
