// Reader analytics as readers, crawlers, editors and correspondents meet them: views counted by
// the article's beacon reach "Most read" and the desk's charts within the refresh interval (the
// e2e server shortens it: scripts/e2e-server.ts), crawlers are not counted, a correspondent sees
// their own stories' figures only, and the analytics page passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './fixtures/sign-in';

const POPULAR = {
  slug: 'eu-adopts-new-sanctions-package-targeting-shadow-fleet-tankers',
  headline: 'EU Adopts New Sanctions Package Targeting Shadow Fleet Tankers',
};
const CRAWLED = {
  slug: 'gas-flows-to-europe-halted-after-fire-at-caspian-compressor-station',
  headline: 'Gas Flows to Europe Halted After Fire at Caspian Compressor Station',
};
/** The demo correspondent's own story. */
const OWN = {
  slug: 'un-security-council-extends-cyprus-peacekeeping-mission-for-another-year',
  headline: 'UN Security Council Extends Cyprus Peacekeeping Mission for Another Year',
};
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

async function read(page: Page, slug: string, times: number) {
  for (let i = 0; i < times; i++) {
    // `load` waits for the page's images, the view beacon among them.
    await page.goto(`/news/${slug}`, { waitUntil: 'load' });
  }
}

/** The rows of a report's table of figures, as [label, value] text. */
async function reportRows(page: Page, title: RegExp) {
  const figure = page.getByRole('figure', { name: title });
  const rows = figure.locator('details tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

test.describe.configure({ mode: 'serial' });

test('a crawler’s visits are not counted; thirty readings make an article the most read', async ({
  page,
  browser,
}) => {
  const crawler = await browser.newContext({ userAgent: GOOGLEBOT });
  await read(await crawler.newPage(), CRAWLED.slug, 10);
  await crawler.close();
  await read(page, OWN.slug, 3); // and once more below: four readings
  await read(page, POPULAR.slug, 30);

  await expect
    .poll(
      async () => {
        await page.goto('/');
        const list = page.getByRole('region', { name: 'Most read' }).getByRole('link');
        return (await list.count()) > 0 ? list.first().textContent() : null;
      },
      { timeout: 15_000 },
    )
    .toBe(POPULAR.headline);
  await page.goto(`/news/${OWN.slug}`);
  const underArticle = page.getByRole('region', { name: 'Most read' }).getByRole('link');
  await expect(underArticle.first()).toHaveText(POPULAR.headline);
  await expect(page.getByRole('region', { name: 'Most read' })).not.toContainText(CRAWLED.headline);
});

test('the desk shows the thirty views on its chart and in its table', async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk/analytics');
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  const today = /Top stories today/;
  // The last readings reach the database within a flush interval.
  await expect
    .poll(async () => {
      await page.reload();
      return (await reportRows(page, today))[0];
    })
    .toEqual([POPULAR.headline, '30']);
  const rows = await reportRows(page, today);
  expect(rows.map((row) => row[0])).toContain(OWN.headline);
  expect(rows.map((row) => row[0])).not.toContain(CRAWLED.headline);
  const chart = page.getByRole('figure', { name: today }).getByRole('img');
  await expect(chart).toContainText(POPULAR.headline.slice(0, 40));
  await expect(chart).toContainText('30');
  // The newsroom's hourly views add the same readings up.
  const hours = await reportRows(page, /Views, last 48 hours/);
  expect(hours.reduce((sum, [, views]) => sum + Number(views), 0)).toBe(34);
  const csv = await page.request.get('/api/analytics/top-today');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(await csv.text()).toContain(`${POPULAR.headline},30`);
});

test('a correspondent sees their own stories’ figures only, on the page and in the CSV', async ({
  page,
}) => {
  await signIn(page, DEMO.correspondent);
  await page.goto('/desk/analytics');
  await expect(page.getByText('Readers and production of your own stories.')).toBeVisible();
  const rows = await reportRows(page, /Top stories today/);
  expect(rows).toEqual([[OWN.headline, '4']]);
  const hours = await reportRows(page, /Views, last 48 hours/);
  expect(hours.reduce((sum, [, views]) => sum + Number(views), 0)).toBe(4);
  const csv = await (await page.request.get('/api/analytics/top-week')).text();
  expect(csv).toContain(OWN.headline);
  expect(csv).not.toContain(POPULAR.headline);
});

test('the analytics page has no accessibility violations', async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk/analytics');
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
