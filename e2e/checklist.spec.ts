// The publishing checklist in the workflow panel: a picture without alt text blocks publishing,
// in the panel and at the server; warnings do not, and publishing over them is in the timeline.
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { fetchStory, storyBody, waitSaved } from './fixtures/editor';
import { step, workflow, writeDispatch } from './fixtures/workflow';

async function picture(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 400, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
}

async function pasteFile(page: Page, bytes: Buffer) {
  await storyBody(page).click();
  await page.keyboard.press('End');
  await storyBody(page).evaluate((element, base64) => {
    const data = new DataTransfer();
    const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    data.items.add(new File([binary], 'chart.jpg', { type: 'image/jpeg' }));
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, bytes.toString('base64'));
}

test('the checklist blocks a picture without alt text and records publishing over a warning', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const headline = `Grain Exports Rise Again ${Date.now().toString(36)}`;
  await signIn(page, DEMO.editor);
  const id = await writeDispatch(page, headline, 'Exports rose for a third month.');
  const checklist = page.getByRole('list', { name: 'Publishing checklist' });
  await expect(checklist.getByRole('listitem').filter({ hasText: 'A dateline' })).toContainText(
    'Done: A dateline',
  );

  await pasteFile(page, await picture());
  const details = page.getByRole('group', { name: 'Selected image' });
  await expect(details).toBeVisible({ timeout: 20_000 });
  await waitSaved(page);
  await expect(
    checklist.getByRole('listitem').filter({ hasText: 'Alt text on every picture' }),
  ).toContainText('Missing: Alt text on every picture');
  const publish = workflow(page).getByRole('button', { name: 'Publish now', exact: true });
  await expect(publish).toBeDisabled();

  // The server says the same to a step sent around the panel.
  const { story } = await fetchStory(page, id);
  const refused = await page.request.post(`/api/stories/${id}/transitions`, {
    data: { transition: 'publish', baseVersion: story.version },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('alt text');

  await details.getByLabel('Alt text').fill('A bar chart of grain exports by month');
  await waitSaved(page);
  await expect(
    checklist.getByRole('listitem').filter({ hasText: 'Alt text on every picture' }),
  ).toContainText('Done');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'A standfirst' })).toContainText(
    'Warning: A standfirst',
  );
  await expect(workflow(page)).toContainText(/You may go ahead over 3 warnings/);
  await expect(publish).toBeEnabled();
  await step(page, 'Publish now');
  await expect(workflow(page).getByRole('status')).toContainText('Published.');

  await page.goto(`/desk/stories/${id}/timeline`);
  await expect(page.getByText(/went ahead over the checklist’s warnings/)).toContainText(
    'A standfirst; At least one tag; A featured image',
  );
});
