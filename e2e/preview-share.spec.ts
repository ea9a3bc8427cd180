// A share link to a story's preview: made by the author on the desk's preview page, opened in a
// browser that is not signed in, then revoked, after which the same address answers 410.
import AxeBuilder from '@axe-core/playwright';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { writeDispatch } from './fixtures/workflow';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

test('an author shares a preview link, a signed-out reader opens it, the author revokes it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const headline = `Canal Locks Repaired ${Date.now().toString(36)}`;
  await signIn(page, DEMO.correspondent);
  const id = await writeDispatch(page, headline, 'The old locks work again after a winter.');
  await page.goto(`/desk/stories/${id}/preview`);

  const share = page.getByRole('region', { name: 'Share preview link' });
  await expect(share.getByLabel('Link works for')).toHaveValue('48');
  await share.getByLabel('Link works for').selectOption({ label: '24 hours' });
  await share.getByRole('button', { name: 'Share preview link' }).click();
  const address = share.getByLabel(/The link/);
  await expect(address).toHaveValue(/\/preview\/[A-Za-z0-9_-]{43}$/);
  const url = await address.inputValue();
  await expect(share.getByRole('listitem')).toHaveCount(1);
  await expect(share.getByRole('listitem')).toContainText('Made by');
  const deskAxe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(deskAxe.violations.map((v) => v.id)).toEqual([]);

  // A fresh browser, signed out.
  const reader = await browser.newContext();
  const outside = await reader.newPage();
  const opened = await outside.goto(url);
  expect(opened?.status()).toBe(200);
  expect(opened?.headers()['cache-control']).toMatch(/private/);
  expect(opened?.headers()['cache-control']).toMatch(/no-store/);
  expect(opened?.headers()['x-robots-tag']).toBe('noindex');
  await expect(outside.getByRole('note', { name: 'Preview' })).toContainText(
    'Preview — not published',
  );
  await expect(outside.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(outside.locator('.article-body')).toContainText(
    'The old locks work again after a winter.',
  );
  await expect(outside.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const readerAxe = await new AxeBuilder({ page: outside }).withTags(WCAG).analyze();
  expect(readerAxe.violations.map((v) => v.id)).toEqual([]);

  await share.getByRole('button', { name: /^Revoke/ }).click();
  await expect(share.getByText('No live links.')).toBeVisible();

  const gone = await outside.goto(url);
  expect(gone?.status()).toBe(410);
  expect(gone?.headers()['x-robots-tag']).toBe('noindex');
  await expect(outside.getByRole('heading', { level: 1 })).toHaveText(
    'This preview link does not work',
  );
  await expect(outside.getByText(headline)).toHaveCount(0);
  const goneAxe = await new AxeBuilder({ page: outside }).withTags(WCAG).analyze();
  expect(goneAxe.violations.map((v) => v.id)).toEqual([]);
  await reader.close();
});
