// Every public template as a reader meets it: content, links, metadata and accessibility (axe).
// Runs on the desktop project; public-site.phone.spec.ts repeats the checks that depend on width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, TEMPLATES } from './fixtures/public';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const path of TEMPLATES) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an article carries canonical, Open Graph, feeds and NewsArticle data', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${ARTICLE}$`),
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Pentagon Says Allied Air Defences Will Reach the Front Before Winter',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  );
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: 'Pentagon Says Allied Air Defences Will Reach the Front Before Winter',
    dateline: 'Washington D.C.',
    articleSection: 'Security',
    author: [{ '@type': 'Person', name: 'Washington Correspondent' }],
  });
});

test('a reader follows the byline, a tag and a section, and pages back through a list', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: 'Washington Correspondent' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Washington Correspondent');
  await expect(page.getByText('Washington correspondent', { exact: true })).toBeVisible();

  await page.goto(ARTICLE);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tag\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Politics' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politics');

  // The Brussels correspondent has more stories than one page holds: the next page goes on
  // where the first stopped, with nothing repeated.
  await page.goto('/author/brussels');
  const list = page.getByRole('list', { name: 'Stories by Brussels Correspondent' });
  await expect(list.getByRole('listitem')).toHaveCount(20);
  const first = await list.locator('h2').allTextContents();
  await page.getByRole('link', { name: 'Older stories' }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const next = await list.locator('h2').allTextContents();
  expect(next.length).toBeGreaterThan(0);
  expect(next.some((headline) => first.includes(headline))).toBe(false);
});

test('search highlights what it found and survives hostile input', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('factories runways');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('Results for “factories runways”');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(
    results.getByRole('link', { name: /Pentagon Says Allied Air Defences/ }),
  ).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/factories|runways/i);

  for (const q of [
    '<script>alert(1)</script>',
    '"unclosed',
    "'; drop table stories; --",
    'x'.repeat(3000),
  ]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
  }
});

test('feeds, sitemaps and robots.txt answer with their formats', async ({ request }) => {
  const rss = await request.get('/feed.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  expect(await rss.text()).toContain('<rss version="2.0"');
  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect((await request.get('/section/politics/feed.xml')).status()).toBe(200);
  expect((await request.get('/section/no-such/feed.xml')).status()).toBe(404);
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/news/pentagon-says-allied');
  expect(await (await request.get('/news-sitemap.xml')).text()).toContain('<news:publication>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /desk');
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
});
