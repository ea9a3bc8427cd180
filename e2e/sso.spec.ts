// Single sign-on against a real OpenID Connect provider: oidc-provider, started on loopback by the
// e2e server (scripts/e2e-oidc.ts), which the app reaches by discovery like any other. Its
// development sign-in screen lets a journey be any address. The flow is the authorization code
// flow with PKCE, state and nonce (lib/auth/next-auth.ts; docs/sso.md).
import type { Page } from '@playwright/test';
import { addPerson, DEMO, expect, signIn, test } from './fixtures/sign-in';
import { E2E_OIDC_DOWN, E2E_OIDC_ISSUER, E2E_OIDC_NAME, E2E_OIDC_UP } from './fixtures/sso';

const ssoButton = (page: Page) =>
  page.getByRole('button', { name: `Sign in with ${E2E_OIDC_NAME}`, exact: true });

/** From /login to the provider's consent screen, as `email`. */
async function toProviderConsent(page: Page, email: string) {
  await page.goto('/login');
  await ssoButton(page).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC_ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('whatever the provider asks');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
}

/** Signs in through the provider and consents; the browser then comes back to the app. */
async function signInBySso(page: Page, email: string) {
  await toProviderConsent(page, email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).not.toHaveURL(new RegExp(`^${E2E_OIDC_ISSUER}`));
}

/**
 * Consents with the browser's own cookies but without letting it follow the redirects, and answers
 * the address the provider sends it back to the app with (code, state, iss).
 */
async function callbackAddress(page: Page): Promise<URL> {
  const action = await page.locator('form').getAttribute('action');
  const confirm = await page.request.post(new URL(action!, page.url()).toString(), {
    form: { prompt: 'consent' },
    maxRedirects: 0,
  });
  let location = confirm.headers().location!;
  // The provider resumes the authorization request, then redirects to the app's callback.
  for (let hop = 0; hop < 3 && !location.includes('/api/auth/callback/oidc'); hop++) {
    const next = await page.request.get(new URL(location, E2E_OIDC_ISSUER).toString(), {
      maxRedirects: 0,
    });
    location = next.headers().location!;
  }
  const callback = new URL(location);
  expect(callback.pathname).toBe('/api/auth/callback/oidc');
  expect(callback.searchParams.get('code')).toBeTruthy();
  expect(callback.searchParams.get('state')).toBeTruthy();
  return callback;
}

const refusedMessage = (page: Page) => page.getByRole('main').getByRole('alert').first();

/** Not signed in: the desk sends the browser to sign in. */
async function expectSignedOut(page: Page) {
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk$/);
}

test('a person added in People signs in by single sign-on and lands on their desk with their role', async ({
  page,
  otherPage: newcomer,
}) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Editor');

  await signInBySso(newcomer, person.email);
  await expect(newcomer).toHaveURL(/\/desk$/);
  await expect(newcomer.getByRole('banner')).toContainText(`${person.name} · editor`);
  // An editor's desk: every story, and no admin's pages.
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('All stories');
  const nav = newcomer.getByRole('navigation', { name: 'Desk' });
  await expect(nav.getByRole('link', { name: 'Stories', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'People', exact: true })).toHaveCount(0);
  // A real session: the next page is the desk too.
  await newcomer.goto('/desk/profile');
  await expect(newcomer).toHaveURL(/\/desk\/profile$/);
});

test('someone the newsroom has not added is refused with a clear message, and no account is made', async ({
  page,
  otherPage: stranger,
}) => {
  const email = `e2e-stranger-${Date.now().toString(36)}@dateline.test`;
  await signInBySso(stranger, email);
  await expect(stranger).toHaveURL(/\/login\?error=NotStaff$/);
  await expect(refusedMessage(stranger)).toHaveText(
    'Your single sign-on account is not a member of this newsroom. An admin adds people under People; ask one to add you with this address.',
  );
  await expectSignedOut(stranger);

  await signIn(page, DEMO.admin);
  await page.goto('/desk/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(page.getByRole('main')).not.toContainText(email);
});

test('a deactivated person is refused', async ({ page, otherPage: former }) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page);
  const row = page.getByRole('row', { name: person.name });
  await row.getByRole('button', { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();

  await signInBySso(former, person.email);
  await expect(former).toHaveURL(/\/login\?error=Deactivated$/);
  await expect(refusedMessage(former)).toHaveText(
    'Your account in this newsroom has been deactivated. Ask an admin if you need it back.',
  );
  await expectSignedOut(former);
});

test('a tampered state, or one whose cookie has expired, is refused', async ({ page }) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Correspondent');
  await page.context().clearCookies();

  // The state in the address is not the one this browser was given.
  await toProviderConsent(page, person.email);
  const tampered = await callbackAddress(page);
  tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
  await page.goto(tampered.toString());
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(refusedMessage(page)).toHaveText(/^Sign-in could not be completed/);
  await expectSignedOut(page);

  // The right state, but the cookie holding this browser's copy is gone (it lives 15 minutes).
  await page.context().clearCookies(); // the provider's own session too, so it asks again
  await toProviderConsent(page, person.email);
  const late = await callbackAddress(page);
  const checks = (await page.context().cookies()).filter((c) => c.name === 'authjs.state');
  expect(checks).toHaveLength(1);
  await page.context().clearCookies({ name: 'authjs.state' });
  await page.goto(late.toString());
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(refusedMessage(page)).toHaveText(/^Sign-in could not be completed/);
  await expectSignedOut(page);
});

test('a provider that is down gives a plain message on the sign-in page, not a 500', async ({
  page,
  request,
}) => {
  expect((await request.post(E2E_OIDC_DOWN)).ok()).toBe(true);
  try {
    await page.goto('/login');
    await ssoButton(page).click();
    await expect(page).toHaveURL(/\/login\?error=ProviderUnavailable/);
    await expect(refusedMessage(page)).toHaveText(
      'The single sign-on service is not answering. Try again in a few minutes, or sign in with your password.',
    );
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    // Password sign-in still works meanwhile.
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
  } finally {
    expect((await request.post(E2E_OIDC_UP)).ok()).toBe(true);
  }
});
