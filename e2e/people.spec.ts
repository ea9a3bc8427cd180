import { addPerson, DEMO, expect, signIn, test } from './fixtures/sign-in';

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO.admin);
});

test('an admin adds a correspondent, who signs in with the one-time password', async ({
  page,
  otherPage: newcomer,
}) => {
  const person = await addPerson(page, 'Correspondent');
  const row = page.getByRole('row', { name: person.name });
  await expect(row).toContainText(person.email);
  await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await expect(page.getByLabel(`Role of ${person.name}`, { exact: true })).toHaveValue(
    'correspondent',
  );

  await signIn(newcomer, person.email, person.password);
  await expect(newcomer).toHaveURL(/\/desk$/);
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('My stories');
  await expect(newcomer.getByText('No stories yet.')).toBeVisible();
  await expect(newcomer.getByRole('banner')).toContainText(`${person.name} · correspondent`);
  await expect(newcomer.getByRole('link', { name: 'People' })).toHaveCount(0);
});

test('a person deactivated while signed in is sent to sign in at their next page', async ({
  page,
  otherPage: victim,
}) => {
  const person = await addPerson(page);
  await signIn(victim, person.email, person.password);
  await expect(victim.getByRole('heading', { level: 1 })).toHaveText('My stories');

  const row = page.getByRole('row', { name: person.name });
  await row.getByRole('button', { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByRole('status')).toHaveText('Deactivated; their sessions have ended.');
  await expect(row.getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Reactivate ${person.name}` })).toBeVisible();

  await victim.goto('/desk');
  await expect(victim).toHaveURL(/\/login\?callbackUrl=%2Fdesk$/);
  await expect(victim.getByRole('heading', { name: 'My stories' })).toHaveCount(0);
});

test('the add-a-person form refuses bad input with clear messages and creates no one', async ({
  page,
}) => {
  const name = `E2E Refused ${Date.now().toString(36)}`;
  await page.goto('/desk/users');
  const people = page.getByRole('table').getByRole('row');
  const before = await people.count();
  const form = page.getByRole('form', { name: 'Add a person' });
  const email = form.getByLabel('Email', { exact: true });
  const displayName = form.getByLabel('Display name', { exact: true });
  const create = form.getByRole('button', { name: 'Create person' });

  // Everything empty: the browser's own check stops the form and says what is missing.
  await create.click();
  expect(await email.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  expect(await email.evaluate((input: HTMLInputElement) => input.validationMessage)).not.toBe('');

  // A blank display name gets past the browser; the server names the field.
  await email.fill(`e2e-refused-${Date.now().toString(36)}@dateline.test`);
  await displayName.fill('   ');
  await create.click();
  await expect(form.getByRole('alert')).toHaveText('Enter a display name.');
  await expect(displayName).toHaveAttribute('aria-invalid', 'true');
  await expect(displayName).toHaveAccessibleDescription('Enter a display name.');

  // A 10,000-character email address.
  await email.fill(`${'a'.repeat(10_000 - '@dateline.test'.length)}@dateline.test`);
  await displayName.fill(name);
  await create.click();
  await expect(form.getByRole('alert')).toHaveText('An email address has at most 254 characters.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('An email address has at most 254 characters.');
  await expect(form.getByLabel('One-time secret')).toHaveCount(0);
  // What was typed is still there to correct.
  await expect(displayName).toHaveValue(name);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(people).toHaveCount(before);
  await expect(page.getByRole('row', { name })).toHaveCount(0);
});
