// The desk's preview: the working copy in the article template under a "not published" bar,
// with what was typed and not yet saved saved first; refused to a correspondent who is not an
// author; never cached, never indexed.
import AxeBuilder from '@axe-core/playwright';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { storyBody } from './fixtures/editor';
import { writeDispatch } from './fixtures/workflow';

test('a preview shows unsaved-then-saved text to the author and is refused to another correspondent', async ({
  page,
  otherPage: colleague,
}) => {
  test.setTimeout(60_000);
  const headline = `Lighthouse Keepers Return ${Date.now().toString(36)}`;
  await signIn(page, DEMO.correspondent);
  const id = await writeDispatch(page, headline, 'The keepers came back in spring.');

  // Typed, and the preview asked for before the autosave's pause is over.
  await storyBody(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Their logbooks were restored.');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = await popup;
  await preview.waitForURL(`**/desk/stories/${id}/preview`);
  await expect(preview.getByRole('note', { name: 'Preview' })).toContainText(
    'Preview — not published',
  );
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(preview.locator('.article-body')).toContainText(
    'The keepers came back in spring. Their logbooks were restored.',
  );
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const answer = await preview.request.get(`/desk/stories/${id}/preview`);
  expect(answer.headers()['cache-control']).toContain('no-store');
  const axe = await new AxeBuilder({ page: preview })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await signIn(colleague, DEMO.correspondent2);
  const refused = await colleague.goto(`/desk/stories/${id}/preview`);
  expect(refused?.status()).toBe(404);
  await expect(colleague.getByText(headline)).toHaveCount(0);
});
