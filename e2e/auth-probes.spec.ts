// Probes that go around the desk's buttons: cookies, Auth.js's CSRF, forged origins, stolen
// sessions. Each checks what the server does, not what the page shows.
import { DEMO, addPerson, expect, signIn, test } from './fixtures/sign-in';

test('the session cookie is HttpOnly and SameSite=Lax, and no token reaches the page', async ({
  page,
  context,
}) => {
  await signIn(page, DEMO.correspondent);
  const session = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  expect(await page.evaluate(() => document.cookie)).not.toContain('session-token');
  const storage = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(storage).not.toContain(session!.value.slice(0, 20));
});

test('Auth.js refuses a credentials callback without its CSRF token', async ({ request }) => {
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: DEMO.admin, password: 'dateline-e2e-password' },
    maxRedirects: 0,
  });
  expect(response.headers()['set-cookie'] ?? '').not.toContain('session-token=ey');
  const session = await request.get('/api/auth/session');
  expect(await session.json()).toBeNull();
});

test('a GET to the sign-out endpoint does not sign anyone out', async ({ page }) => {
  await signIn(page, DEMO.correspondent);
  await page.request.get('/api/auth/signout');
  await page.goto('/desk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My stories');
});

test('the story API refuses anonymous callers and forged or missing origins', async ({
  page,
  request,
}) => {
  await signIn(page, DEMO.correspondent);
  await page.goto('/desk');
  await page
    .getByRole('link', {
      name: 'Commerce Department Weighs Tighter Export Controls on Chipmaking Equipment',
    })
    .click();
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const before = await (await page.request.get(`/api/stories/${id}`)).json();

  expect((await request.get(`/api/stories/${id}`)).status()).toBe(401);
  const body = JSON.stringify({ baseVersion: before.version, meta: {}, body: {} });
  for (const headers of [{ Origin: 'http://evil.test' }, {}] as Record<string, string>[]) {
    const forged = await page.request.put(`/api/stories/${id}`, {
      headers: { 'Content-Type': 'application/json', ...headers },
      data: body,
    });
    expect(forged.status()).toBe(403);
    const step = await page.request.post(`/api/stories/${id}/transitions`, {
      headers: { 'Content-Type': 'application/json', ...headers },
      data: JSON.stringify({ transition: 'submit', baseVersion: before.version }),
    });
    expect(step.status()).toBe(403);
  }
  const after = await (await page.request.get(`/api/stories/${id}`)).json();
  expect(after.version).toBe(before.version);
  expect(after.state).toBe(before.state);
});

test('a copied session cookie stops working once its owner changes the password', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Correspondent');
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, person.email, person.password);

  // Someone copies the cookie into another browser.
  const thief = await browser.newContext();
  await thief.addCookies(await owner.cookies());
  const thiefPage = await thief.newPage();
  await thiefPage.goto('/desk');
  await expect(thiefPage.getByRole('heading', { level: 1 })).toHaveText('My stories');

  await ownerPage.goto('/desk/profile');
  await ownerPage.getByLabel('Current password').fill(person.password);
  await ownerPage.getByLabel('New password').fill('a brand new passphrase');
  await ownerPage.getByRole('button', { name: 'Change password' }).click();
  await expect(ownerPage).toHaveURL(/\/login$/);

  await thiefPage.goto('/desk');
  await expect(thiefPage).toHaveURL(/\/login/);
  await owner.close();
  await thief.close();
});

test('a forged Host or X-Forwarded-Host steers no redirect and no address anywhere', async ({
  playwright,
  baseURL,
}) => {
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-Host': 'evil.test', 'X-Forwarded-Proto': 'https' },
  });
  try {
    const desk = await forged.get('/desk', { maxRedirects: 0 });
    expect(desk.status()).toBe(307);
    const location = desk.headers().location!;
    expect(location).not.toContain('evil.test');
    expect(new URL(location, baseURL).pathname).toBe('/login');
    for (const path of [
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/feed.xml',
      '/robots.txt',
      '/login',
    ]) {
      expect(await (await forged.get(path)).text(), path).not.toContain('evil.test');
    }
    const article = await forged.get(
      '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter',
    );
    expect(await article.text()).not.toContain('evil.test');
  } finally {
    await forged.dispose();
  }
});
