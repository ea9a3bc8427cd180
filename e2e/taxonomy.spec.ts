// Sections and tags: a correspondent makes a tag from the editor's picker and, once the desk
// publishes the story, the tag's page lists it; an editor merges one tag into another and the old
// address answers 308; admins manage sections. Every new page passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { waitSaved } from './fixtures/editor';
import { step, workflow, writeDispatch } from './fixtures/workflow';

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );
}

const run = () => Date.now().toString(36);

test('a correspondent creates a tag inline, and after publication its page lists the story', async ({
  page: reporter,
  otherPage: desk,
  request,
}) => {
  test.setTimeout(60_000);
  const tagName = `Tidal Power ${run()}`;
  const headline = `Estuary Turbines Approved ${run()}`;
  await signIn(reporter, DEMO.correspondent);
  const id = await writeDispatch(reporter, headline, 'The estuary scheme won approval.');

  const picker = reporter.getByRole('combobox', { name: 'Tags' });
  await picker.fill(`  ${tagName.toLowerCase()} `);
  const create = reporter.getByRole('option', { name: `Create tag “${tagName.toLowerCase()}”` });
  await expect(create).toBeVisible();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  const chosen = reporter.getByRole('list', { name: 'Chosen tags' });
  await expect(chosen).toContainText(tagName.toLowerCase());
  await waitSaved(reporter);

  // The same name, in other case and spacing, is found rather than created again.
  await picker.fill(tagName.toUpperCase().replace(' ', '   '));
  await expect(reporter.getByRole('listbox', { name: 'Tags found' })).toContainText(
    'Already chosen',
  );
  await expect(reporter.getByRole('option', { name: /^Create tag/ })).toHaveCount(0);
  await picker.fill('');
  // A bad name is refused with a clear error.
  await picker.fill('<b>bold</b>');
  await reporter.getByRole('option', { name: /^Create tag/ }).click();
  await expect(reporter.getByRole('alert').filter({ hasText: 'markup' })).toHaveText(
    'A tag’s name cannot contain markup such as < or >.',
  );
  await picker.fill('');
  await expectAxeClean(reporter);
  await step(reporter, 'Submit for review');
  await expect(workflow(reporter).getByRole('status')).toHaveText('Submitted to the desk.');

  await signIn(desk, DEMO.editor);
  await desk.goto(`/desk/stories/${id}`);
  await expect(desk.getByRole('list', { name: 'Chosen tags' })).toContainText(
    tagName.toLowerCase(),
  );
  await step(desk, 'Publish now');
  await expect(workflow(desk).getByRole('status')).toContainText('Published.');

  const slug = tagName.toLowerCase().replace(/ /g, '-');
  const page = await request.get(`/tag/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(headline);
});

test('a merged tag’s old address redirects permanently to the tag it joined', async ({
  page,
  request,
}) => {
  const suffix = run();
  await signIn(page, DEMO.editor);
  await page.goto('/desk/tags');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  for (const name of [`Sea Ports ${suffix}`, `Harbours ${suffix}`]) {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'created' })).toContainText(
      `Tag “${name}” created at /tag/`,
    );
  }
  // The same name in other case is refused.
  await page.getByLabel('Name', { exact: true }).fill(`harbours   ${suffix.toUpperCase()}`);
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(
    page.getByText(`There is already a tag named “Harbours ${suffix}”.`).first(),
  ).toBeVisible();

  await page.getByRole('searchbox', { name: 'Find tags' }).fill(suffix);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Tags matching “${suffix}”` })).toBeVisible();
  await expectAxeClean(page);

  const row = page.getByRole('row', { name: new RegExp(`Sea Ports ${suffix}`) });
  await row.locator('summary').click();
  await row.getByLabel('Merge into the tag named').fill(`harbours ${suffix}`);
  await row.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Harbours ${suffix}`) })).toContainText(
    `Redirected from /tag/sea-ports-${suffix}`,
  );

  const old = await request.get(`/tag/sea-ports-${suffix}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/tag/harbours-${suffix}$`));
});

test('an admin creates a section, moves its address and the old one and its feed redirect', async ({
  page,
  otherPage: editorPage,
  request,
}) => {
  const suffix = run();
  await signIn(page, DEMO.admin);
  await page.goto('/desk/sections');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sections');
  await page.getByLabel('Name', { exact: true }).fill(`Oceans ${suffix}`);
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toContainText(
    `/section/oceans-${suffix}`,
  );
  await page.getByLabel('Name', { exact: true }).fill('x'.repeat(61));
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(
    page.getByText(/has at most 60 characters \(this one has 61\)/).first(),
  ).toBeVisible();
  await expectAxeClean(page);

  const row = page.getByRole('row', { name: new RegExp(`Oceans ${suffix}`) });
  await row.locator('summary').click();
  await row.getByLabel('New address').fill(`seas-${suffix}`);
  await row.getByRole('button', { name: 'Change address' }).click();
  await expect(row).toContainText(`Redirected from /section/oceans-${suffix}`);

  const old = await request.get(`/section/oceans-${suffix}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/section/seas-${suffix}$`));
  const feed = await request.get(`/section/oceans-${suffix}/feed.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(308);
  expect(feed.headers().location).toMatch(new RegExp(`/section/seas-${suffix}/feed.xml$`));
  // The section menu of every page follows: the new address is linked from the front page.
  await expect
    .poll(async () => (await (await request.get('/')).text()).includes(`/section/seas-${suffix}`))
    .toBe(true);

  // Editors do not manage sections.
  await signIn(editorPage, DEMO.editor);
  const refused = await editorPage.goto('/desk/sections');
  expect(refused?.status()).toBe(403);
});
