import { expect, test } from '@playwright/test';

const WASHINGTON_HEADLINE = 'Pentagon Says Allied Air Defences Will Reach the Front Before Winter';

test('a reader goes from the front page to the Washington dispatch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: WASHINGTON_HEADLINE }).first().click();

  await expect(page).toHaveURL(
    /\/news\/pentagon-says-allied-air-defences-will-reach-the-front-before-winter$/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WASHINGTON_HEADLINE);
  const article = page.getByRole('article');
  await expect(
    article.locator('header').getByText('Washington D.C.', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('By Washington Correspondent')).toBeVisible();
  await expect(page.locator('.article-body blockquote').first()).toBeVisible();
  await expect(page.locator('.article-body')).toContainText(
    'We are moving these systems as fast as the factories and the runways allow.',
  );
  await expect(article.locator('footer')).toContainText('Washington D.C.');

  const latest = page.getByRole('region', { name: 'Latest news' }).getByRole('listitem');
  await expect(latest).toHaveCount(10);
  for (const item of await latest.all()) {
    await expect(item.getByRole('link')).not.toHaveText('');
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await expect(item.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  }
});

test('an unknown story answers 404 with a page that leads home', async ({ page }) => {
  const response = await page.goto('/news/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the health check answers 200 with the database up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  expect(response.headers()['cache-control']).toContain('no-store');
});
