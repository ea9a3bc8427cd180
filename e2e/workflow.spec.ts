// The workflow end to end: a correspondent files, the desk reviews, publishes, updates, withdraws;
// a reader sees each public effect. And a story scheduled a few seconds ahead goes out on time.
import { DEMO, expect, signIn, test } from './fixtures/sign-in';
import { storyBody, waitSaved } from './fixtures/editor';
import { step, workflow, writeDispatch } from './fixtures/workflow';

test('a dispatch goes from filing to review, publication, an update and withdrawal', async ({
  page: reporter,
  otherPage: desk,
  browser,
}) => {
  // The whole life of a story, in three browsers: longer than one step's default limit.
  test.setTimeout(60_000);
  const headline = `Senate Clears Port Security Bill ${Date.now().toString(36)}`;
  await signIn(reporter, DEMO.correspondent);
  const id = await writeDispatch(reporter, headline, 'The Senate passed the port security bill.');
  await step(reporter, 'Submit for review');
  await expect(workflow(reporter).getByRole('status')).toHaveText('Submitted to the desk.');
  await expect(workflow(reporter).getByRole('button', { name: 'Recall' })).toBeVisible();

  // The desk asks for changes, with a comment.
  await signIn(desk, DEMO.editor);
  await desk.goto('/desk');
  await desk
    .getByRole('table', { name: 'Review queue' })
    .getByRole('link', { name: headline })
    .click();
  await step(desk, 'Request changes', {
    label: /What needs changing/,
    value: 'Add the vote count.',
  });
  await expect(workflow(desk).getByRole('status')).toHaveText(
    'Changes requested; the authors are told.',
  );

  // The correspondent is told, revises and resubmits.
  await reporter.goto('/desk');
  // (Other journeys may have left this correspondent notifications of their own.)
  await expect(reporter.getByRole('link', { name: /Notifications.*\d+ unread/ })).toBeVisible();
  await reporter.getByRole('link', { name: /Notifications/ }).click();
  await reporter.getByRole('link', { name: /asked for changes to/ }).click();
  await expect(reporter.getByText('Add the vote count.')).toBeVisible();
  await storyBody(reporter).click();
  await reporter.keyboard.press('End');
  await reporter.keyboard.type(' The vote was 71 to 29.');
  await waitSaved(reporter);
  await step(reporter, 'Submit for review');
  await expect(workflow(reporter).getByRole('status')).toHaveText('Submitted to the desk.');

  // The desk publishes; the reader finds it on the front page and its article page.
  await desk.goto(`/desk/stories/${id}`);
  await step(desk, 'Publish now');
  await expect(workflow(desk).getByRole('status')).toContainText(
    /Published\. Live on the site in \d+\.\d s\./,
  );
  const reader = await browser.newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: headline }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(reader.locator('.article-body')).toContainText('The vote was 71 to 29.');
  const articleUrl = reader.url();

  // An edit to the live story stays off the public page until the update is published.
  await desk.reload();
  await storyBody(desk).click();
  await desk.keyboard.press('End');
  await desk.keyboard.type(' Both senators from Maine voted in favour.');
  await waitSaved(desk);
  await reader.reload();
  await expect(reader.locator('.article-body')).not.toContainText('Maine');
  await step(desk, 'Publish update', {
    label: /Correction note/,
    value: 'An earlier version gave the wrong margin.',
  });
  await expect(workflow(desk).getByRole('status')).toContainText('Update published.');
  await reader.reload();
  await expect(reader.locator('.article-body')).toContainText(
    'Both senators from Maine voted in favour.',
  );
  await expect(reader.getByText(/Updated/)).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Corrections' })).toContainText(
    'An earlier version gave the wrong margin.',
  );

  // Withdrawn: the address answers 410 with a notice, and the front page no longer lists it.
  await step(desk, 'Withdraw', { label: 'Reason for withdrawing', value: 'Legal request.' });
  await expect(workflow(desk).getByRole('status')).toHaveText('Withdrawn from the public site.');
  await expect
    .poll(async () => (await reader.request.get(articleUrl)).status(), { timeout: 5_000 })
    .toBe(410);
  const gone = await reader.goto(articleUrl);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('has been withdrawn');
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: headline })).toHaveCount(0);
  await reader.close();
});

test('a story scheduled a few seconds ahead is absent until its time, then appears', async ({
  page,
  browser,
}) => {
  const headline = `Treasury Sets Bond Auction Dates ${Date.now().toString(36)}`;
  await signIn(page, DEMO.editor);
  const id = await writeDispatch(
    page,
    headline,
    'The Treasury set the dates of its next auctions.',
  );
  await step(page, 'Submit for review');
  await expect(workflow(page).getByRole('button', { name: 'Schedule' })).toBeVisible();

  // Eight seconds from now, in the browser's local time, as the datetime field takes it.
  const at = new Date(Date.now() + 8_000);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  await step(page, 'Schedule', { label: /Publish at/, value: local });
  await expect(workflow(page).getByRole('status')).toHaveText('Scheduled.');
  const { publicSlug } = (await (await page.request.get(`/api/stories/${id}`)).json()) as {
    publicSlug: string;
  };

  const reader = await browser.newPage();
  const before = await reader.goto(`/news/${publicSlug}`);
  expect(before?.status()).toBe(404);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: headline })).toHaveCount(0);

  await expect
    .poll(async () => (await reader.request.get(`/news/${publicSlug}`)).status(), {
      timeout: 20_000,
      intervals: [500],
    })
    .toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: headline }).first()).toBeVisible();
  await reader.close();
});

test('opening a live story in the editor changes nothing', async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk?q=Pentagon+Says');
  await page.getByRole('table', { name: 'Stories' }).getByRole('link').first().click();
  await expect(storyBody(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /saved|Saved/ })).toHaveText(
    'All changes saved',
  );
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // header + revision 1
});
