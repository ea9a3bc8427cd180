// Languages, first slice (docs/product.md, Languages): an editor translates a published dispatch
// into Russian; the two list each other; the source publishes an update, and the translation says
// so with the word diff until it is marked up to date.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { storyBody, waitSaved } from './fixtures/editor';
import { step, workflow, writeDispatch } from './fixtures/workflow';

const languages = (page: Page) => page.getByRole('region', { name: /^Language:/ });

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .include('section[aria-labelledby="languages-heading"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );
}

test('an editor translates a dispatch into Russian and keeps it up to date with its source', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const headline = `Harbour Pilots Strike Ends ${Date.now().toString(36)}`;
  await signIn(page, DEMO.editor);
  const sourceId = await writeDispatch(page, headline, 'The harbour pilots returned to work.');
  await step(page, 'Publish now');
  await expect(workflow(page).getByRole('status')).toContainText(/Published\./);

  // "Translate into…" offers the site's other languages, and opens the new draft.
  await expect(languages(page)).toHaveAccessibleName('Language: English');
  await expectNoAxeViolations(page);
  await languages(page).getByLabel('Translate into…').selectOption({ label: 'Русский' });
  await languages(page).getByRole('button', { name: 'Create translation' }).click();
  await expect(page).not.toHaveURL(new RegExp(sourceId));
  await expect(languages(page)).toHaveAccessibleName('Language: Русский');
  await expect(languages(page)).toContainText(`Translated from ${headline}`);
  await expect(storyBody(page)).toContainText('[Translate into Русский');
  await expect(storyBody(page)).toContainText('The harbour pilots returned to work.');
  // Its address will be under the Russian prefix, and the desk says so.
  await expect(page.getByLabel('Address', { exact: true })).toHaveAccessibleDescription(
    /^\/ru\/news\//,
  );
  const translationUrl = page.url();
  await expect(
    languages(page).getByRole('list', { name: 'Translations' }).getByRole('listitem'),
  ).toHaveText([/^English\s*Harbour Pilots Strike Ends .*Published\s*original$/]);
  await expectNoAxeViolations(page);

  // The source lists its translation, in its state; Russian is no longer offered.
  await languages(page).getByRole('link', { name: headline }).first().click();
  await expect(languages(page)).toHaveAccessibleName('Language: English');
  const listed = languages(page).getByRole('list', { name: 'Translations' });
  await expect(listed.getByRole('listitem')).toHaveText([/^Русский\s*Harbour Pilots .*Draft$/]);
  await expect(languages(page).getByLabel('Translate into…').locator('option')).toHaveText([
    'Azərbaycanca',
  ]);

  // The source publishes an update: the translation says so, with what changed.
  await storyBody(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The port reopened at dawn.');
  await waitSaved(page);
  await step(page, 'Publish update', { label: /Correction note/, value: '' });
  await expect(workflow(page).getByRole('status')).toContainText('Update published.');

  await page.goto(translationUrl);
  const notice = languages(page).getByRole('status').filter({
    hasText: 'Source updated since this translation',
  });
  await expect(notice).toBeVisible();
  await expect(notice.locator('ins')).toHaveText([/The port reopened at dawn\./]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('translation-outdated.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('translation-outdated-phone.png') });
  await notice.getByRole('button', { name: 'Mark as up to date' }).click();
  await expect(languages(page).getByText('Marked as up to date with its source.')).toBeVisible();
  await expect(notice).toHaveCount(0);
});
