// Languages (docs/product.md, Languages): search in Russian finds a Russian dispatch by another
// inflected form of its words, and only Russian ones; an admin names a section in Russian and
// Azerbaijani next to renaming it, a name breaking the rules is refused field by field, the
// Russian and Azerbaijani pages' section menus use the names, and an emptied name goes back to the
// default one. Every page passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { RUSSIAN_ELECTIONS_HEADLINE } from '@/lib/demo/seed-data/dispatches-ru-az';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );
}

test('search in Russian finds a Russian word in another inflected form, in Russian stories only', async ({
  page,
}) => {
  // The dispatch says "на выборах" (prepositional); the reader types the nominative.
  await page.goto('/ru/search');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('searchbox', { name: 'Искать в материалах' }).fill('Выборы');
  await page.getByRole('button', { name: 'Поиск' }).click();
  await expect(page).toHaveURL(/\/ru\/search\?q=/);
  await expect(page.getByRole('status')).toHaveText('Результаты по запросу «выборы»');
  const results = page.getByRole('list', { name: 'Результаты поиска' });
  const hit = results.getByRole('listitem').filter({ hasText: RUSSIAN_ELECTIONS_HEADLINE });
  await expect(
    hit
      .locator('mark')
      .filter({ hasText: /^выборах$/ })
      .first(),
  ).toBeVisible();
  // Every result is a Russian story, under the Russian prefix.
  const hrefs = await results
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => href?.startsWith('/ru/news/'))).toBe(true);
  await expectAxeClean(page);
  await hit.getByRole('link', { name: RUSSIAN_ELECTIONS_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RUSSIAN_ELECTIONS_HEADLINE);

  // The English search does not see it.
  await page.goto(`/search?q=${encodeURIComponent('выборы')}`);
  await expect(page.getByRole('status')).toHaveText('Nothing found for “выборы”.');
});

test('an admin names a section in Russian and Azerbaijani, and the pages in those languages use the names', async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36);
  await signIn(page, DEMO.admin);
  await page.goto('/desk/sections');
  // The demo's sections come named in every language of the site.
  await expect(page.getByRole('row', { name: /^Politics/ })).toContainText('Русский: Политика');

  await page.getByLabel('Name', { exact: true }).fill(`Oceans ${suffix}`);
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toBeVisible();

  const row = page.getByRole('row', { name: new RegExp(`Oceans ${suffix}`) });
  await row.locator('summary').click();
  const russian = row.getByLabel('Name (Русский)');
  await expect(russian).toHaveAttribute('lang', 'ru');
  await russian.fill(`Океаны ${suffix}`);
  await row.getByLabel('Name (Azərbaycanca)').fill(`<b>Okeanlar</b>`);
  await row.getByRole('button', { name: 'Save names' }).click();
  await expect(row.getByRole('alert')).toContainText('cannot contain markup');
  await expect(row.getByLabel('Name (Azərbaycanca)')).toHaveAttribute('aria-invalid', 'true');

  await row.getByLabel('Name (Azərbaycanca)').fill(`Okeanlar ${suffix}`);
  await row.getByRole('button', { name: 'Save names' }).click();
  await expect(row.getByRole('status')).toHaveText(
    `“Oceans ${suffix}” is named in Русский, Azərbaycanca.`,
  );
  await expect(row).toContainText(`Русский: Океаны ${suffix}`);
  await expect(row).toContainText(`Azərbaycanca: Okeanlar ${suffix}`);
  await expectAxeClean(page);

  // Every page's section menu names it in the page's language; English keeps the default name.
  const pageText = async (path: string) => (await request.get(path)).text();
  await expect.poll(async () => (await pageText('/ru')).includes(`>Океаны ${suffix}<`)).toBe(true);
  await page.goto('/ru');
  await expect(
    page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: `Океаны ${suffix}` }),
  ).toHaveAttribute('href', `/ru/section/oceans-${suffix}`);
  await page.goto('/az');
  await expect(page.getByRole('link', { name: `Okeanlar ${suffix}` }).first()).toBeVisible();
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: `Oceans ${suffix}`, exact: true }).first(),
  ).toBeVisible();

  // Kept: back on the desk the form starts from the saved names. Emptied, a name is removed.
  await page.goto('/desk/sections');
  const again = page.getByRole('row', { name: new RegExp(`Oceans ${suffix}`) });
  await again.locator('summary').click();
  await expect(again.getByLabel('Name (Русский)')).toHaveValue(`Океаны ${suffix}`);
  await again.getByLabel('Name (Azərbaycanca)').fill('');
  await again.getByRole('button', { name: 'Save names' }).click();
  await expect(again.getByRole('status')).toHaveText(`“Oceans ${suffix}” is named in Русский.`);
  await expect(again).not.toContainText('Azərbaycanca:');
  // Without an Azerbaijani name, the Azerbaijani pages show the default one.
  await expect.poll(async () => (await pageText('/az')).includes(`>Oceans ${suffix}<`)).toBe(true);
});
