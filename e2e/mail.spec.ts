// Sign-in by mail: an admin invites a person, who chooses a password through the link in the
// email the loopback SMTP server received and signs in; a person who forgot their password gets
// a link, sets a new one, and every earlier session ends.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addPerson, DEMO, expect, signIn, submitSignIn, test } from './fixtures/sign-in';
import { linkIn, mailTo } from './fixtures/mail';

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
}

test('an invitation goes from the add form through the email to the first sign-in', async ({
  page: admin,
  otherPage: invitee,
}) => {
  const id = Date.now().toString(36);
  const email = `e2e-invited-${id}@dateline.test`;
  const name = `E2E Invited ${id}`;
  await signIn(admin, DEMO.admin);
  await admin.goto('/desk/users');
  const form = admin.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Display name', { exact: true }).fill(name);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Correspondent' });
  await expect(form.getByLabel('Email an invitation link (valid 7 days)')).toBeChecked();
  await form.getByRole('button', { name: 'Create person' }).click();
  await expect(form.getByRole('status')).toHaveText(
    `Invitation sent to ${email}. The link works once, for 7 days.`,
  );
  const row = admin.getByRole('row', { name });
  await expect(row).toContainText('Invited');
  await expectAxeClean(admin);

  // A resent invitation replaces the first link.
  const first = linkIn(await mailTo(email), 'invitation');
  await row.getByRole('button', { name: `Resend the invitation of ${name}` }).click();
  await expect(row.getByRole('status').filter({ hasText: 'new invitation' })).toBeVisible();
  const mail = await mailTo(email, 2);
  expect(mail.subject).toBe('You are invited to the Dateline desk');
  const link = linkIn(mail, 'invitation');
  expect(link).not.toBe(first);
  await invitee.goto(first);
  await expect(invitee.getByRole('main').getByRole('alert')).toContainText('a newer one was sent');

  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${name}`);
  await expectAxeClean(invitee);
  await invitee.getByLabel('New password').fill('password');
  await invitee.getByRole('button', { name: 'Set password' }).click();
  await expect(invitee.getByLabel('New password')).toHaveAccessibleDescription(
    /That password is too common; choose another\./,
  );
  await invitee.getByLabel('New password').fill('a harbour at dawn, quiet');
  await invitee.getByRole('button', { name: 'Set password' }).click();
  await expect(invitee).toHaveURL(/\/login\?done=invitation$/);
  await expect(invitee.getByRole('status')).toHaveText(
    'Your password is set. Sign in with it now.',
  );
  await submitSignIn(invitee, email, 'a harbour at dawn, quiet');
  await expect(invitee).toHaveURL(/\/desk$/);
  await expect(invitee.getByRole('heading', { name: 'My stories' })).toBeVisible();

  // Workflow mail is the person's own choice, on their profile.
  await invitee.goto('/desk/profile');
  const published = invitee.getByLabel('A story of mine is published');
  await expect(published).toBeChecked();
  await published.uncheck();
  await invitee.getByRole('button', { name: 'Save mail settings' }).click();
  await expect(invitee.getByRole('status').filter({ hasText: 'Mail settings' })).toHaveText(
    'Mail settings saved.',
  );
  await invitee.reload();
  await expect(invitee.getByLabel('A story of mine is published')).not.toBeChecked();
  await expect(invitee.getByLabel('A story of mine is withdrawn')).toBeChecked();
  await expect(invitee.getByLabel('A story is submitted for review')).toHaveCount(0);

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole('main').getByRole('alert')).toHaveText(
    'This invitation has already been used. Sign in with the password you chose.',
  );
  await admin.reload();
  await expect(admin.getByRole('row', { name })).toContainText('Active');
});

test('a forgotten password is reset through the emailed link, which ends every other session', async ({
  page: admin,
  otherPage: person,
  browser,
  baseURL,
}) => {
  await signIn(admin, DEMO.admin);
  const { email, password } = await addPerson(admin);
  await signIn(person, email, password); // a session left open elsewhere

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
  await expectAxeClean(page);
  // An address nobody has gets the same answer as a real one.
  const answer =
    'If that address belongs to someone on the desk, a link to reset the password is on its way. It works once, for 30 minutes.';
  await page.getByLabel('Email').fill(`nobody-${Date.now().toString(36)}@dateline.test`);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toHaveText(answer);
  await page.reload();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toHaveText(answer);

  const mail = await mailTo(email);
  expect(mail.subject).toBe('Reset your Dateline password');
  const link = linkIn(mail, 'password-reset');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await page.getByLabel('New password').fill('the tide turns at noon');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/login\?done=reset$/);
  await submitSignIn(page, email, 'the tide turns at noon');
  await expect(page).toHaveURL(/\/desk$/);

  // The session opened before the reset has ended; the old password no longer works.
  await person.goto('/desk');
  await expect(person).toHaveURL(/\/login\?callbackUrl=/);
  await submitSignIn(person, email, password);
  await expect(person.getByRole('main').getByRole('alert')).toContainText(
    'Email or password is incorrect',
  );
  // And the link worked once.
  await page.goto(link);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('already been used');
  await context.close();
});
