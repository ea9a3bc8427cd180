// The public site in three languages (docs/product.md, Languages; the e2e server runs with
// SITE_LANGUAGES=en,ru,az): an editor translates the Washington dispatch into Russian and
// publishes it; the Russian page is a Russian document in Russian chrome, and the two pages name
// each other with hreflang; the language switcher offers only the versions that exist; each
// language's feeds and sitemaps parse and hold only its stories, with alternates; and the
// Russian and Azerbaijani pages are accessible (axe).
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { storyBody, waitSaved } from './fixtures/editor';
import { step, workflow } from './fixtures/workflow';
import { ARTICLE } from './fixtures/public';

const RUSSIAN_HEADLINE = 'Пентагон: ПВО союзников успеют на фронт до зимы';
const RUSSIAN_TEXT =
  'Министерство обороны заявило, что системы противовоздушной обороны прибудут до зимы.';

/** A demo dispatch nobody translates in these journeys. */
const UNTRANSLATED = '/news/bank-of-england-surprises-markets-with-half-point-interest-rate-cut';

const languages = (page: Page) => page.getByRole('region', { name: /^Language:/ });
const switcher = (page: Page, label: string) => page.getByRole('navigation', { name: label });
const hreflang = (page: Page, code: string) =>
  page.locator(`head link[rel="alternate"][hreflang="${code}"]`);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const parser = new XMLParser({ ignoreAttributes: false });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const pathOf = (address: string) => new URL(address).pathname;

async function xml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return parser.parse(text);
}

interface SitemapUrl {
  loc: string;
  'xhtml:link'?:
    { '@_hreflang': string; '@_href': string } | { '@_hreflang': string; '@_href': string }[];
}

async function sitemapUrls(request: APIRequestContext, path: string) {
  const urls = asList((await xml(request, path)).urlset.url) as SitemapUrl[];
  return urls.map((url) => ({
    path: pathOf(url.loc),
    alternates: Object.fromEntries(
      asList(url['xhtml:link']).map((link) => [link['@_hreflang'], pathOf(link['@_href'])]),
    ),
  }));
}

test('an editor publishes a Russian translation of the Washington dispatch, and the two pages name each other', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.editor);
  await page.goto('/desk?q=Pentagon+Says');
  await page.getByRole('table', { name: 'Stories' }).getByRole('link').first().click();
  await expect(languages(page)).toHaveAccessibleName('Language: English');
  await languages(page).getByLabel('Translate into…').selectOption({ label: 'Русский' });
  await languages(page).getByRole('button', { name: 'Create translation' }).click();
  await expect(languages(page)).toHaveAccessibleName('Language: Русский');

  // The translator replaces the headline and the text, and publishes.
  await page.getByLabel('Headline', { exact: true }).fill(RUSSIAN_HEADLINE);
  await storyBody(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(RUSSIAN_TEXT);
  await waitSaved(page);
  await step(page, 'Publish now');
  await expect(workflow(page).getByRole('status')).toContainText(/Published\./);

  // A reader finds it on the Russian front page, in Russian chrome.
  await page.goto('/ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('link', { name: RUSSIAN_HEADLINE }).first().click();
  await expect(page).toHaveURL(/\/ru\/news\/[a-z0-9-]+$/);
  const russianPath = pathOf(page.url());
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RUSSIAN_HEADLINE);
  await expect(page.getByText(RUSSIAN_TEXT)).toBeVisible();
  await expect(switcher(page, 'Разделы').getByRole('link', { name: 'Безопасность' })).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: 'Безопасность' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Поиск' })).toBeVisible();
  await expect(page.getByText(/^Автор:/)).toBeVisible();
  await expect(page.locator('time').first()).toHaveText(/\d{1,2} [а-я]+\.? \d{4}/);

  // Each page lists both, itself included, with x-default on the English original.
  await expect(hreflang(page, 'en')).toHaveAttribute('href', new RegExp(`${ARTICLE}$`));
  await expect(hreflang(page, 'ru')).toHaveAttribute('href', new RegExp(`${russianPath}$`));
  await expect(hreflang(page, 'x-default')).toHaveAttribute('href', new RegExp(`${ARTICLE}$`));
  await expect(hreflang(page, 'az')).toHaveCount(0);
  const structured = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as { inLanguage: string; translationOfWork?: { url: string } };
  expect(structured.inLanguage).toBe('ru');
  expect(structured.translationOfWork?.url).toMatch(new RegExp(`${ARTICLE}$`));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('russian-article.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('russian-article-phone.png') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The switcher leads back to the English page, which names the Russian one.
  await switcher(page, 'Языки').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(hreflang(page, 'ru')).toHaveAttribute('href', new RegExp(`${russianPath}$`));
  await expect(hreflang(page, 'en')).toHaveAttribute('href', new RegExp(`${ARTICLE}$`));

  // A story is served under its own language's prefix only.
  expect((await request.get(`/az${russianPath.slice(3)}`)).status()).toBe(404);
  expect((await request.get(`/ru${ARTICLE}`)).status()).toBe(404);

  // The Russian feed and sitemap hold it, with the English original as its alternate; the
  // English ones do not hold it, and the English sitemap entry names it.
  const rss = await xml(request, '/ru/feed.xml');
  expect(rss.rss.channel.language).toBe('ru');
  const items = asList(rss.rss.channel.item) as { link: string }[];
  expect(items.map((item) => pathOf(item.link))).toContain(russianPath);
  for (const item of items) expect(pathOf(item.link)).toMatch(/^\/ru\/news\//);
  const english = asList((await xml(request, '/feed.xml')).rss.channel.item) as { link: string }[];
  expect(english.map((item) => pathOf(item.link))).not.toContain(russianPath);
  const ruMap = await sitemapUrls(request, '/ru/sitemap.xml');
  expect(ruMap.find((url) => url.path === russianPath)?.alternates).toEqual({
    en: ARTICLE,
    ru: russianPath,
    'x-default': ARTICLE,
  });
  const enMap = await sitemapUrls(request, '/sitemap.xml');
  expect(enMap.find((url) => url.path === ARTICLE)?.alternates.ru).toBe(russianPath);
  expect(enMap.map((url) => url.path)).not.toContain(russianPath);
});

test('the language switcher offers only the languages a page exists in', async ({ page }) => {
  // A list page exists in every language of the site.
  await page.goto('/section/security');
  const list = switcher(page, 'Languages');
  await expect(list.getByRole('link')).toHaveText(['Русский', 'Azərbaycanca']);
  await expect(list.locator('[aria-current="page"]')).toHaveText('English');
  await list.getByRole('link', { name: 'Azərbaycanca' }).click();
  await expect(page).toHaveURL(/\/az\/section\/security$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await expect(switcher(page, 'Dillər').locator('[aria-current="page"]')).toHaveText(
    'Azərbaycanca',
  );

  // An article with no translation offers none, and names no alternate.
  await page.goto(UNTRANSLATED);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(switcher(page, 'Languages')).toHaveCount(0);
  await expect(page.locator('head link[hreflang]')).toHaveCount(0);
  // The Washington dispatch has no Azerbaijani version: the switcher never offers one.
  await page.goto(ARTICLE);
  await expect(switcher(page, 'Languages').getByRole('link', { name: 'Azərbaycanca' })).toHaveCount(
    0,
  );
});

test('the Azerbaijani feeds and sitemaps parse and hold only Azerbaijani addresses, with alternates', async ({
  request,
}) => {
  const rss = await xml(request, '/az/feed.xml');
  expect(rss.rss.channel.language).toBe('az');
  expect(pathOf(rss.rss.channel.link)).toBe('/az');
  for (const item of asList(rss.rss.channel.item) as { link: string }[]) {
    expect(pathOf(item.link)).toMatch(/^\/az\/news\//);
  }
  const feed = (await (await request.get('/az/feed.json')).json()) as {
    language: string;
    items: { url: string }[];
  };
  expect(feed.language).toBe('az');
  for (const item of feed.items) expect(pathOf(item.url)).toMatch(/^\/az\/news\//);

  const urls = await sitemapUrls(request, '/az/sitemap.xml');
  expect(urls[0]).toEqual({
    path: '/az',
    alternates: { en: '/', ru: '/ru', az: '/az', 'x-default': '/' },
  });
  for (const url of urls) expect(url.path).toMatch(/^\/az(\/|$)/);
  // An entry with alternates names itself among them; a story only in Azerbaijani has none.
  const translated = urls.filter((url) => Object.keys(url.alternates).length > 0);
  for (const url of translated) expect(url.alternates.az).toBe(url.path);
  expect(translated.length).toBeLessThan(urls.length);
  expect(urls.find((url) => url.path === '/az/section/security')?.alternates).toEqual({
    en: '/section/security',
    ru: '/ru/section/security',
    az: '/az/section/security',
    'x-default': '/section/security',
  });
  // The Caspian gas fire dispatch exists in all three languages: its entry names the other two.
  const everywhere = urls.filter(
    (url) => url.path.startsWith('/az/news/') && Object.keys(url.alternates).length === 4,
  );
  expect(everywhere.length).toBeGreaterThan(0);
  for (const url of everywhere) {
    expect(url.alternates.en).toMatch(/^\/news\//);
    expect(url.alternates.ru).toMatch(/^\/ru\/news\//);
    expect(url.alternates['x-default']).toBe(url.alternates.en);
  }
  const news = await xml(request, '/az/news-sitemap.xml');
  for (const url of asList(news.urlset.url) as { loc: string; 'news:news': unknown }[]) {
    expect(pathOf(url.loc)).toMatch(/^\/az\/news\//);
    expect(JSON.stringify(url['news:news'])).toContain('"news:language":"az"');
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: \S+\/az\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Sitemap: \S+\/ru\/news-sitemap\.xml$/m);
});

for (const path of [
  '/ru',
  '/az',
  '/ru/section/security',
  '/az/tag/nato',
  '/ru/author/washington',
  '/az/search?q=hava',
  '/ru/news/no-such-story',
]) {
  test(`${path} is in its language and has no accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(path.endsWith('no-such-story') ? 404 : 200);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1, 3));
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the newest Russian and Azerbaijani articles are in their language and accessible', async ({
  page,
  request,
}) => {
  for (const code of ['ru', 'az']) {
    const feed = (await (await request.get(`/${code}/feed.json`)).json()) as {
      items: { url: string; title: string }[];
    };
    expect(feed.items.length, code).toBeGreaterThan(0);
    await page.goto(pathOf(feed.items[0]!.url));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.items[0]!.title);
    await expectNoAxeViolations(page);
  }
});

test('unknown language prefixes are no pages', async ({ request }) => {
  for (const path of ['/fr', '/fr/news/x', '/en/section/security', '/de/feed.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
