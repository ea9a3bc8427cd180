import { DEMO_DRAFTS } from '@/lib/demo/seed-data/dispatches';
import { totpCode, totpStep } from '@/lib/auth/totp';
import { addPerson, DEMO, expect, signIn, submitSignIn, test } from './fixtures/sign-in';

const draftsBy = (author: string) =>
  DEMO_DRAFTS.filter((draft) => draft.author === author).map((draft) => draft.headline);

const DESKS = [
  { email: DEMO.admin, who: 'Newsroom Admin · admin', heading: 'All stories', people: true },
  { email: DEMO.editor, who: 'Home Desk Editor · editor', heading: 'All stories', people: false },
  {
    email: DEMO.correspondent,
    who: 'Washington Correspondent · correspondent',
    heading: 'My stories',
    people: false,
  },
];

/** A 6-digit code that no step near now accepts. */
function wrongCode(key: string): string {
  const near = [-1, 0, 1, 2].map((offset) => totpCode(key, totpStep() + offset));
  return ['000000', '111111', '222222', '333333', '444444'].find((code) => !near.includes(code))!;
}

for (const desk of DESKS) {
  test(`${desk.email} signs in and gets the desk of their role`, async ({ page }) => {
    await signIn(page, desk.email);

    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(desk.heading);
    await expect(page.getByRole('banner')).toContainText(desk.who);
    const nav = page.getByRole('navigation', { name: 'Desk' });
    for (const link of ['Stories', 'Profile', 'Security']) {
      await expect(nav.getByRole('link', { name: link })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'People' })).toHaveCount(desk.people ? 1 : 0);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
}

test('a correspondent sees their own drafts and none of a colleague’s; an editor sees all', async ({
  page,
}) => {
  const own = draftsBy('correspondent');
  const colleagues = draftsBy('correspondent2');
  expect(own.length).toBeGreaterThan(0);
  expect(colleagues.length).toBeGreaterThan(0);

  await signIn(page, DEMO.correspondent);
  // A correspondent's stories come grouped by state, one table per state.
  const stories = page.getByRole('main');
  for (const headline of own) {
    await expect(stories.getByRole('link', { name: headline, exact: true })).toBeVisible();
  }
  for (const headline of colleagues) await expect(stories).not.toContainText(headline);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, DEMO.editor);
  const all = page.getByRole('table', { name: 'Stories', exact: true });
  for (const headline of [...own, ...colleagues]) await expect(all).toContainText(headline);
});

test('a wrong password is refused on the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await submitSignIn(page, DEMO.editor, 'not-the-password');

  await expect(
    page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/login\?/);
});

test('the desk sends an anonymous visitor to sign in, then back where they were going', async ({
  page,
}) => {
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk$/);

  await page.goto('/desk/users');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk%2Fusers$/);
  await submitSignIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/desk\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
});

for (const target of ['https://evil.test/x', '//evil.test', '/\\evil.test']) {
  test(`a callbackUrl of ${target} lands on the desk, not off-site`, async ({ page, baseURL }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await submitSignIn(page, DEMO.editor);

    await expect(page).toHaveURL(`${baseURL}/desk`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All stories');
  });
}

for (const email of [DEMO.correspondent, DEMO.editor]) {
  test(`${email} gets 403 "Not allowed" at /desk/users`, async ({ page }) => {
    await signIn(page, email);
    const response = await page.goto('/desk/users');

    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
    await expect(page.getByRole('table')).toHaveCount(0);
  });
}

test('an editor turns on two-factor sign-in, and then needs a code to get in', async ({
  page,
  otherPage: editor,
}) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Editor');
  await signIn(editor, person.email, person.password);

  await editor
    .getByRole('navigation', { name: 'Desk' })
    .getByRole('link', { name: 'Security' })
    .click();
  await editor.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const setupKey = editor.getByLabel('Setup key');
  await expect(setupKey).toHaveText(/^[A-Z2-7]{32}$/);
  const key = (await setupKey.textContent())!.trim();
  const usedStep = totpStep();
  const appCode = editor.getByLabel('Code from the app');
  await appCode.fill(totpCode(key, usedStep));
  await editor.getByRole('button', { name: 'Turn on' }).click();
  await expect(appCode).toHaveCount(0);
  await expect(
    editor.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem'),
  ).toHaveCount(10);
  await editor.getByRole('link', { name: 'I have saved my recovery codes' }).click();
  await expect(editor.getByRole('button', { name: 'Turn off two-factor sign-in' })).toBeVisible();

  await editor.getByRole('button', { name: 'Sign out' }).click();
  await expect(editor).toHaveURL(/\/login$/);
  await submitSignIn(editor, person.email, person.password);
  const code = editor.getByLabel('Authentication code');
  await expect(code).toBeVisible();
  await expect(editor).toHaveURL(/\/login$/);

  await code.fill(wrongCode(key));
  await editor.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    editor.getByRole('alert').filter({ hasText: 'That code is not valid' }),
  ).toBeVisible();

  // A code works once, so the next one after the code that turned it on.
  await code.fill(totpCode(key, Math.max(totpStep(), usedStep + 1)));
  await editor.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(editor).toHaveURL(/\/desk$/);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('All stories');
});
