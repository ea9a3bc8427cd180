// Pictures from the desk to the reader: pasted into the editor, described, published with
// responsive renditions and as the page's share image; the media library's search, description,
// refusals and deletion.
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { storyBody, waitSaved } from './fixtures/editor';
import { step, workflow, writeDispatch } from './fixtures/workflow';

/** A photograph-like JPEG carrying a GPS position, as a phone writes it. */
async function photo(seed: number, width = 1800, height = 1200): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 31 + seed * 17 + (i >> 9)) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1' } })
    .toBuffer();
}

/** Pastes a file into the story body as the browser would from the clipboard. */
async function pasteFile(page: Page, bytes: Buffer, name: string, type: string) {
  await storyBody(page).click();
  await storyBody(page).evaluate(
    (element, file) => {
      const data = new DataTransfer();
      const binary = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([binary], file.name, { type: file.type }));
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { base64: bytes.toString('base64'), name, type },
  );
}

test('a pasted photograph is described, published with renditions, and shared as the page image', async ({
  page,
  otherPage: desk,
  browser,
}) => {
  const headline = `Ferry Service Resumes After Storm ${Date.now().toString(36)}`;
  await signIn(page, DEMO.correspondent);
  const id = await writeDispatch(page, headline, 'Crossings resumed at dawn.');

  await pasteFile(page, await photo(1), 'IMG_2041.jpg', 'image/jpeg');
  const details = page.getByRole('group', { name: 'Selected image' });
  await expect(details).toBeVisible({ timeout: 20_000 });
  await expect(storyBody(page).locator('img[src^="/media/renditions/"]')).toHaveCount(1);
  // Without alt text the story cannot go to the desk.
  await waitSaved(page);
  await step(page, 'Submit for review');
  await expect(workflow(page).getByRole('status')).toContainText('alt text');

  await details.getByLabel('Alt text').fill('A ferry leaves the harbour under grey skies');
  await details.getByLabel('Caption').fill('The first crossing after the storm.');
  await details.getByLabel('Credit').fill('Dateline');
  await waitSaved(page);
  await step(page, 'Submit for review');
  await expect(workflow(page).getByRole('status')).toHaveText('Submitted to the desk.');

  await signIn(desk, DEMO.editor);
  await desk.goto(`/desk/stories/${id}`);
  await step(desk, 'Publish now');
  await expect(workflow(desk).getByRole('status')).toContainText('Published.');
  const { publicSlug } = (await (await desk.request.get(`/api/stories/${id}`)).json()) as {
    publicSlug: string;
  };

  const reader = await browser.newPage();
  await reader.goto(`/news/${publicSlug}`);
  const figure = reader.locator('.article-body figure');
  await expect(figure.locator('img')).toHaveAttribute(
    'alt',
    'A ferry leaves the harbour under grey skies',
  );
  await expect(figure.locator('img')).toHaveAttribute('srcset', /\/media\/renditions\/\S+ 480w/);
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /960w/);
  await expect(figure.locator('figcaption')).toHaveText(/The first crossing after the storm\./);
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(/\/media\/renditions\/[a-f0-9]{20}-1600\.jpg$/);
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );

  // The rendition is served for good, with no location left in it.
  const image = await reader.request.get(new URL(ogImage!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['cache-control']).toContain('immutable');
  expect((await sharp(await image.body()).metadata()).exif).toBeUndefined();
  await reader.close();
});

test('a file that is not an image is refused with a message, and the story keeps saving', async ({
  page,
}) => {
  await signIn(page, DEMO.correspondent);
  await writeDispatch(page, `Port Strike Talks ${Date.now().toString(36)}`, 'Talks went on.');
  await pasteFile(page, Buffer.from('#!/bin/sh\necho owned\n'), 'photo.jpg', 'image/jpeg');
  await expect(page.getByRole('alert').filter({ hasText: /JPEG, PNG, WebP/ })).toBeVisible();
  await expect(storyBody(page).locator('img')).toHaveCount(0);
  await storyBody(page).press('End');
  await page.keyboard.type(' Both sides met again.');
  await waitSaved(page);
});

test('the media library finds, describes and deletes images, and refuses an SVG', async ({
  page,
}) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk/media');
  const upload = page.getByRole('form', { name: 'Upload an image' });
  const credit = `Harbour desk ${Date.now().toString(36)}`;
  await upload.getByLabel('Image file').setInputFiles({
    name: 'cranes.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo(2, 1000, 700),
  });
  await upload.getByLabel('Alt text').fill('Cranes over the container terminal');
  await upload.getByLabel('Credit').fill(credit);
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(upload.getByRole('status')).toHaveText('Image uploaded.');

  await upload.getByLabel('Image file').setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(upload.getByRole('alert')).toContainText('SVG');

  await page.getByRole('searchbox', { name: /Search alt text/ }).fill(credit);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const card = page.getByRole('listitem', { name: 'Cranes over the container terminal' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Not used in any story.');
  await card.getByLabel('Alt text').fill('Gantry cranes over the container terminal');
  await card.getByRole('button', { name: 'Save description' }).click();
  const renamed = page.getByRole('listitem', { name: 'Gantry cranes over the container terminal' });
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await expect(renamed).toHaveCount(0);
  await expect(page.getByText(`No images match “${credit}”.`)).toBeVisible();
});
