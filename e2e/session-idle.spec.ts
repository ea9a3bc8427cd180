// An idle session ends (SESSION_IDLE_MINUTES), and the editor loses nothing to it: the text stays
// on the device, a dialog asks the person to sign in again where they are, and the text is saved
// after. The session is made idle through the e2e server's test-only hook (app/api/e2e/idle),
// which moves its last-seen time back, instead of waiting an hour.
import AxeBuilder from '@axe-core/playwright';
import { addPerson, DEMO, expect, signIn, test } from './fixtures/sign-in';
import { fetchStory, newStory, saveStatus, storyBody, waitSaved } from './fixtures/editor';

test('an idle session ends with its text kept, and the text is saved after signing in again', async ({
  page: admin,
  otherPage: page,
  baseURL,
}) => {
  await signIn(admin, DEMO.admin);
  const person = await addPerson(admin, 'Correspondent');
  await signIn(page, person.email, person.password);
  const id = await newStory(page, 'Harbour cranes idle as strike enters second week');

  await storyBody(page).click();
  await page.keyboard.type('Dockworkers walked out on Monday.');
  await waitSaved(page);

  // An hour and a minute without a request: the session has ended.
  const aged = await page.request.post('/api/e2e/idle', {
    data: { minutes: 61 },
    headers: { origin: baseURL! },
  });
  expect(aged.status()).toBe(200);
  expect((await page.request.get(`/api/stories/${id}`)).status()).toBe(401);

  // Writing on (the details are saved through the API; the body's socket was signed in when it
  // opened): the save is refused, the text stays on the device, and the dialog asks in place.
  const standfirst = page.getByLabel('Standfirst', { exact: true });
  await standfirst.fill('Talks resume on Thursday.');
  const dialog = page.getByRole('dialog', { name: 'Sign in again to save' });
  await expect(dialog).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Signed out — kept on this device');
  await expect(page).toHaveURL(new RegExp(`/desk/stories/${id}$`));
  const kept = await page.evaluate((key) => localStorage.getItem(key), `dateline:unsaved:${id}`);
  expect(kept).toContain('Talks resume on Thursday.');
  expect((await fetchStory(admin, id)).text).not.toContain('Talks resume on Thursday.');

  const axe = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // A wrong password is answered in the dialog; the text is still there.
  await expect(dialog.getByLabel('Email', { exact: true })).toHaveValue(person.email);
  await expect(dialog.getByLabel('Password', { exact: true })).toBeFocused();
  await dialog.getByLabel('Password', { exact: true }).fill('not the password');
  await dialog.getByRole('button', { name: 'Sign in and save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/^Email or password is incorrect/);
  await expect(standfirst).toHaveValue('Talks resume on Thursday.');

  await dialog.getByLabel('Password', { exact: true }).fill(person.password);
  await dialog.getByRole('button', { name: 'Sign in and save' }).click();
  await expect(dialog).toBeHidden();
  await waitSaved(page);
  const saved = await fetchStory(page, id);
  expect(saved.story.meta.standfirst).toBe('Talks resume on Thursday.');
  expect(saved.text).toContain('Dockworkers walked out on Monday.');
  expect(
    await page.evaluate((key) => localStorage.getItem(key), `dateline:unsaved:${id}`),
  ).toBeNull();
});
