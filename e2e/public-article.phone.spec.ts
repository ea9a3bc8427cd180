import { expect, test } from '@playwright/test';

test('the front page and an article fit a phone screen', async ({ page }) => {
  for (const path of [
    '/',
    '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
