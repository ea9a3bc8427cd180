// Response hardening, checked on the wire: the security headers and Content-Security-Policy of
// every kind of response (and that the desk still works under that policy), private caching of
// everything a session sees, nothing of an unpublished story reaching an anonymous request,
// cross-origin writes refused, oversized bodies refused before they are read, hostile addresses
// and queries answered without a server error (or a hang), sessions that end when they should,
// and sign-in throttling through the real form.
import http from 'node:http';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { THROTTLE } from '@/lib/auth/throttle';
import { newStory, storyBody, waitSaved } from './fixtures/editor';
import { ARTICLE } from './fixtures/public';
import {
  apiSession,
  deskListsStory,
  fieldOf,
  fillStory,
  nextAction,
  readStory,
  replay,
  sameCookies,
  saveOf,
  sectionId,
  takeStep,
  upload,
  withField,
} from './fixtures/security';
import { addPerson, DEMO, expect, signIn, submitSignIn, test } from './fixtures/sign-in';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const EVIL = 'http://evil.test';

/** The headers every response carries (lib/security-headers.ts). */
function expectHardened(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  return headers['content-security-policy']!;
}

/** A page's policy: no inline script, ever; a nonce for pages Next renders, else no script. */
function scriptSource(policy: string): string {
  const directive = policy.split(';').find((part) => part.trim().startsWith('script-src'));
  expect(directive, 'a script-src directive').toBeDefined();
  expect(directive).not.toContain("'unsafe-inline'");
  expect(directive).not.toContain("'unsafe-eval'");
  return directive!.trim();
}

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

let editor: APIRequestContext;
let politics: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  editor = await apiSession(playwright.request, baseURL!, DEMO.editor);
});

test.afterAll(async () => {
  await editor?.dispose();
});

test('every kind of response carries the security headers, and pages a strict script policy', async ({
  request,
  page,
}) => {
  await request.get('/');
  const cached = await request.get('/');
  expect(cached.headers()['x-dateline-cache']).toBe('hit');
  expect(scriptSource(expectHardened(cached, 'a cached page'))).toBe("script-src 'none'");

  // Public answers the server makes itself run nothing either: the notice at an address that
  // names nothing, a client navigation's RSC request (answered with the page), a refused render.
  const unknown = await request.get('/no-such-place/at-all');
  expect(unknown.status()).toBe(404);
  const rsc = await request.get('/', { headers: { RSC: '1' } });
  expect(rsc.headers()['content-type']).toMatch(/^text\/html/);
  const malformed = await request.get('/search?q=x&page=-1');
  expect(malformed.status()).toBe(400);
  for (const [what, response] of [
    ['an unknown address', unknown],
    ['an RSC request', rsc],
    ['a malformed parameter', malformed],
  ] as const) {
    expect(scriptSource(expectHardened(response, what)), what).toBe("script-src 'none'");
  }

  // What goes through Next itself, with its scripts: the sign-in page and the desk.
  const rendered = [
    { what: 'the sign-in page', response: await request.get('/login') },
    { what: 'a desk page', response: await editor.get('/desk') },
  ];
  for (const { what, response } of rendered) {
    expect(response.status(), what).toBe(200);
    const source = scriptSource(expectHardened(response, what));
    expect(source, what).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  }

  // Answers that are not pages run nothing at all.
  const api = await editor.get('/api/media');
  expect(expectHardened(api, 'an API answer')).toContain("default-src 'none'");
  expect(expectHardened(await request.get('/api/health'), 'the health check')).toContain(
    "default-src 'none'",
  );
  const picture = await upload(editor, { alt: `Header probe ${unique()}` });
  const rendition = await request.get(picture.src);
  expect(rendition.status()).toBe(200);
  expect(expectHardened(rendition, 'a media rendition')).toContain("default-src 'none'");
  expect(rendition.headers()['content-type']).toBe('image/jpeg');
  // Opened on its own, under that policy, the picture still shows.
  await page.goto(picture.src);
  await expect
    .poll(() => page.evaluate(() => document.images[0]?.naturalWidth ?? 0))
    .toBeGreaterThan(0);
  expect((await editor.delete(`/api/media/${picture.id}`)).status()).toBe(204);
});

test('the nonce in the policy is the one on every script of the page, and new on every request', async ({
  request,
}) => {
  const nonces: string[] = [];
  for (const [what, get] of [
    ['the sign-in page', () => request.get('/login')],
    ['the sign-in page again', () => request.get('/login')],
    ['a desk page', () => editor.get('/desk')],
  ] as const) {
    const response = await get();
    const nonce = nonceOf(response.headers()['content-security-policy']!);
    expect(nonce, what).toBeDefined();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `scripts on ${what}`).toBeGreaterThan(0);
    for (const script of scripts) expect(script, what).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test('the desk works under its policy: the editor types, saves and uploads with no violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective}`);
    });
  });
  await signIn(page, DEMO.correspondent);
  await newStory(page, `Policy check ${unique()}`);
  await storyBody(page).click();
  await page.keyboard.type('Typed under a strict script policy.');
  await waitSaved(page);
  await page.reload();
  await expect(storyBody(page)).toHaveText('Typed under a strict script policy.');
  await page.goto('/desk/media');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Media');
  expect(violations).toEqual([]);
});

test('whatever a session sees is private and unstored; public pages are one page for all', async ({
  request,
}) => {
  const desk = await editor.get('/desk');
  const storyId = /\/desk\/stories\/([0-9a-f-]{36})/.exec(await desk.text())![1]!;
  for (const path of [
    '/desk',
    `/desk/stories/${storyId}`,
    `/api/stories/${storyId}`,
    '/api/media',
  ]) {
    const response = await editor.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, path).toContain('private');
    expect(cacheControl, path).toContain('no-store');
  }
  // Public pages are never an RSC payload: a client navigation's request gets the same page, so
  // a shared cache needs to vary on nothing but the encoding.
  for (const path of ['/', ARTICLE, '/section/politics', '/search?q=senate', '/feed.xml']) {
    const response = await request.get(path);
    expect(response.headers()['vary'], path).toBe('Accept-Encoding');
    const navigation = await request.get(path, { headers: { RSC: '1' } });
    expect(navigation.headers()['etag'], path).toBe(response.headers()['etag']);
  }
});

test('a draft and a scheduled story opened in the desk show nowhere to anonymous readers', async ({
  page,
  request,
}) => {
  const words = `Quarantined Zeppelin ${unique()}`;
  await signIn(page, DEMO.editor);
  const draftId = await newStory(page, `${words} draft`);
  politics = await sectionId(page, 'Politics');
  await fillStory(editor, draftId, politics, `${words} is still being written.`);
  const scheduledId = await newStory(page, `${words} scheduled`);
  await fillStory(editor, scheduledId, politics, `${words} goes out tomorrow.`);
  await takeStep(editor, scheduledId, 'submit');
  await takeStep(editor, scheduledId, 'schedule', {
    publishAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
  });
  const slugs: string[] = [];
  for (const id of [draftId, scheduledId]) {
    await page.goto(`/desk/stories/${id}`);
    await expect(storyBody(page)).toContainText(words);
    slugs.push((await readStory(editor, id)).publicSlug);
  }

  // What only the stories hold: their headlines, their text and their addresses. (A request for
  // an address, or a search, gives its own words back; those prove nothing.)
  const secrets = [
    `${words} draft`,
    `${words} scheduled`,
    'still being written',
    'goes out tomorrow',
  ];
  const checks: [string, Record<string, string>][] = [
    ...slugs.flatMap((slug): [string, Record<string, string>][] => [
      [`/news/${slug}`, {}],
      [`/news/${slug}`, { RSC: '1' }],
      [`/news/${slug}?_rsc=x`, { RSC: '1', 'Next-Router-Prefetch': '1' }],
    ]),
    ['/', {}],
    ['/', { RSC: '1' }],
    ['/section/politics', {}],
    ['/sitemap.xml', {}],
    ['/news-sitemap.xml', {}],
    ['/feed.xml', {}],
    ['/feed.json', {}],
    [`/search?q=${encodeURIComponent(words)}`, {}],
    [`/search?q=${encodeURIComponent(words)}`, { RSC: '1' }],
    ['/search?q=written', {}],
  ];
  for (const [path, headers] of checks) {
    const response = await request.get(path, { headers });
    const body = await response.text();
    const what = `${path} ${JSON.stringify(headers)}`;
    for (const secret of secrets) expect(body, what).not.toContain(secret);
    if (path.startsWith('/news/')) {
      // An RSC request gets the notice as a 200 payload (only the page cache sends 404): either
      // way, none of the story.
      if (!headers.RSC) expect(response.status(), what).toBe(404);
    } else {
      for (const slug of slugs) expect(body, what).not.toContain(slug);
    }
  }
});

test('cross-origin and origin-less writes are refused by every route handler and change nothing', async ({
  playwright,
  baseURL,
}) => {
  const run = unique();
  const storyId = await aDraft();
  const picture = await upload(editor, { alt: `Origin probe ${run}`, credit: run });
  const before = await readStory(editor, storyId);
  const forged = {
    'a foreign Origin': await sameCookies(playwright.request, baseURL!, editor, EVIL),
    'no Origin': await sameCookies(playwright.request, baseURL!, editor),
  };
  try {
    for (const [what, as] of Object.entries(forged)) {
      const calls: [string, Promise<APIResponse>][] = [
        [
          'PUT story',
          as.put(`/api/stories/${storyId}`, {
            data: saveOf(before, { headline: 'Forged headline' }),
          }),
        ],
        [
          'POST transition',
          as.post(`/api/stories/${storyId}/transitions`, {
            data: { transition: 'publish', baseVersion: before.version },
          }),
        ],
        [
          'POST media',
          as.post('/api/media', {
            multipart: {
              file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') },
              credit: run,
            },
          }),
        ],
        ['PATCH media', as.patch(`/api/media/${picture.id}`, { data: { alt: 'Forged' } })],
        ['DELETE media', as.delete(`/api/media/${picture.id}?confirm=1`)],
      ];
      for (const [call, pending] of calls) {
        const response = await pending;
        expect(response.status(), `${call} with ${what}`).toBe(403);
        expect(await response.text()).toContain('Cross-site request refused.');
      }
    }
  } finally {
    for (const context of Object.values(forged)) await context.dispose();
  }
  const after = await readStory(editor, storyId);
  expect(after.version).toBe(before.version);
  expect(after.state).toBe(before.state);
  expect(after.meta).toEqual(before.meta);
  const library = (await (await editor.get(`/api/media?q=${run}`)).json()) as {
    items: { id: string; alt: string }[];
  };
  expect(library.items).toEqual([expect.objectContaining({ id: picture.id, alt: picture.alt })]);
  expect((await editor.delete(`/api/media/${picture.id}`)).status()).toBe(204);
});

test('a server action replayed from another origin, or with none, is refused', async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk/stories/new');
  await page.getByLabel('Headline', { exact: true }).fill(`Origin action ${unique()}`);
  const creating = nextAction(page);
  await page.getByRole('button', { name: 'Start writing' }).click();
  const create = await creating;
  await expect(storyBody(page)).toBeVisible();

  // A foreign Origin: Next itself aborts the action ("Invalid Server Actions request") before any
  // of ours runs. No Origin at all: Next lets it through, and runAction refuses it.
  const foreign = withField(create, 'headline', `Forged story ${unique()}`);
  const fromEvil = await replay(page.request, foreign, { Origin: EVIL });
  expect(fromEvil.response.status()).toBe(500);
  expect(fromEvil.response.headers()['x-action-redirect']).toBeUndefined();
  const originless = withField(create, 'headline', `Forged story ${unique()}`);
  const fromNowhere = await replay(page.request, originless);
  expect(fromNowhere.text).toContain('Cross-site request refused.');
  for (const forged of [foreign, originless]) {
    const headline = fieldOf(forged, 'headline')!;
    expect(await deskListsStory(editor, headline), headline).toBe(false);
  }
  expect(await deskListsStory(editor, fieldOf(create, 'headline')!)).toBe(true);
});

/** A POST that declares `declared` bytes and sends only a few, answered without reading on. */
function postDeclaring(
  baseURL: string,
  path: string,
  declared: number,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, baseURL), {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(declared) },
      timeout: 10_000,
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode!, body });
        request.destroy();
      });
    });
    request.on('timeout', () => request.destroy(new Error('no answer while the body was due')));
    request.on('error', reject);
    request.write('--x\r\n'); // the start of a body that never comes
  });
}

test('oversized bodies are refused before they are read', async ({ baseURL }) => {
  const storyId = await aDraft();
  const before = await readStory(editor, storyId);
  const huge = await editor.put(`/api/stories/${storyId}`, {
    data: { ...saveOf(before), body: { type: 'doc', content: [], pad: 'x'.repeat(3 << 20) } },
  });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: { message: string } }).error.message).toBe(
    'The request is too large.',
  );
  expect((await readStory(editor, storyId)).version).toBe(before.version);

  const cookies = (await editor.storageState()).cookies;
  const started = Date.now();
  const upload = await postDeclaring(baseURL!, '/api/media', 27 * 1024 * 1024, {
    Origin: baseURL!,
    Cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    'Content-Type': 'multipart/form-data; boundary=x',
  });
  expect(upload.status).toBe(413);
  expect(JSON.parse(upload.body).error.message).toBe('The file is larger than 25 MB.');
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('hostile addresses and queries answer a page, never a server error, and the site works after', async ({
  request,
}) => {
  const addresses = [
    `/news/${'a'.repeat(5_000)}`,
    '/news/abc%00def',
    '/news/%00',
    '/news/..%2F..%2Fdesk',
    '/news/..%2f..%2fetc%2fpasswd',
    '/news/%E6%97%A5%E6%9C%AC%E8%AA%9E',
    '/news/caf%C3%A9',
    '/news/%F0%9F%93%B0',
    '/news/%ED%A0%80',
    '/news/%FF%FE',
    '/news/%ZZ',
    '/section/%ED%A0%80',
    '/section/%00',
    '/tag/%00',
    `/tag/${'t'.repeat(5_000)}`,
    '/author/%00',
    '/author/%ED%B0%80',
    `/search?q=${'q'.repeat(10_000)}`,
    `/search?q=${encodeURIComponent("'); drop table stories;--")}`,
    '/search?q=%ED%A0%80',
    '/search?q=%ED%A0%80x%ED%B0%80',
    '/search?q=%00',
    '/search?q=%FF',
    '/section/politics?before=%00',
    `/section/politics?before=${'z'.repeat(5_000)}`,
  ];
  for (const address of addresses) {
    const response = await request.get(address, { timeout: 10_000 });
    expect([200, 400, 404, 410, 414], `${address.slice(0, 60)}`).toContain(response.status());
  }
  expect((await request.get('/')).status()).toBe(200);
  expect((await request.get(ARTICLE)).status()).toBe(200);
  const search = await request.get('/search?q=air+defences');
  expect(await search.text()).toContain('Pentagon Says Allied Air Defences');
  const desk = await editor.get('/desk');
  expect(desk.status()).toBe(200);
});

test('an address that does not decode to text answers the same plain 400 whatever it starts with', async ({
  request,
}) => {
  const storyId = await aDraft();
  const broken = ['%E0%A4%A', '%zz', '%FF', '%ED%A0%80', '%C0%AF', 'x%00y'];
  const prefixes = [
    '/api/stories/',
    `/api/stories/${storyId}/`,
    '/api/health/',
    '/api/auth/',
    '/api/auth/callback/',
    '/api/media/',
    '/api/',
    '/media/renditions/',
    '/_next/static/',
    '/news/',
    '/desk/stories/',
    '/',
    '/unknown/',
  ];
  const calls: [string, (path: string) => Promise<APIResponse>][] = [
    ['GET', (path) => request.get(path)],
    ['GET signed in', (path) => editor.get(path)],
    ['PUT signed in', (path) => editor.put(path, { data: { baseVersion: 1 } })],
    ['POST signed in', (path) => editor.post(path, { data: { transition: 'publish' } })],
  ];
  const reference = await request.get('/news/%FF');
  expect(reference.status()).toBe(400);
  const answer = await reference.text();
  for (const prefix of prefixes) {
    for (const escape of broken) {
      const path = `${prefix}${escape}`;
      for (const [what, call] of calls) {
        const response = await call(path);
        expect(response.status(), `${what} ${path}`).toBe(400);
        expect(await response.text(), `${what} ${path}`).toBe(answer);
        expect(response.headers()['content-type'], path).toBe('text/plain; charset=utf-8');
      }
    }
  }
  // A broken escape inside a segment Next decodes itself, with more address after it.
  for (const [what, call] of calls) {
    for (const path of [`/api/stories/${storyId}%E0%A4%A/transitions`, '/api/media/%E0%A4%A']) {
      expect((await call(path)).status(), `${what} ${path}`).toBe(400);
    }
  }
  // An escape that decodes to text is an address like any other.
  expect((await editor.get('/api/media/caf%C3%A9')).status()).toBe(404);
  expect((await request.get('/api/health%2F')).status()).toBe(404);
  expect((await editor.get(`/api/stories/${storyId.replace('-', '%2D')}`)).status()).toBe(200);
  expect((await request.get('/api/auth/csrf')).status()).toBe(200);
});

test('hostile input to the desk and its API is refused as bad input, never a server error', async ({
  request,
}) => {
  const storyId = await aDraft();
  const before = await readStory(editor, storyId);
  for (const path of [
    '/desk?q=%00',
    '/desk/media?q=%00',
    '/api/media?q=%00',
    '/desk/stories/%00',
  ]) {
    expect([200, 400, 404], path).toContain((await editor.get(path)).status());
  }
  // An id that is not one names nothing; one that does not decode to text is not even an address.
  for (const [id, status] of [
    ['not-a-uuid', 404],
    ["1'--", 404],
    ['%00', 400],
  ] as const) {
    expect((await editor.get(`/api/media/${id}`)).status(), `GET ${id}`).toBe(status);
    expect(
      (await editor.patch(`/api/media/${id}`, { data: { alt: 'x' } })).status(),
      `PATCH ${id}`,
    ).toBe(status);
    expect((await editor.delete(`/api/media/${id}`)).status(), `DELETE ${id}`).toBe(status);
    expect((await editor.get(`/api/stories/${id}`)).status(), `GET story ${id}`).toBe(400);
  }
  // PostgreSQL text cannot hold NUL: refused as invalid input wherever it is written.
  const nul = 'before\u0000after';
  const writes: [string, Promise<APIResponse>][] = [
    [
      'headline',
      editor.put(`/api/stories/${storyId}`, { data: saveOf(before, { headline: nul }) }),
    ],
    [
      'body text',
      editor.put(`/api/stories/${storyId}`, {
        data: {
          ...saveOf(before),
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: nul }] }],
          },
        },
      }),
    ],
    [
      'a step’s comment',
      editor.post(`/api/stories/${storyId}/transitions`, {
        data: { transition: 'submit', baseVersion: before.version, comment: nul },
      }),
    ],
  ];
  for (const [what, pending] of writes) {
    const response = await pending;
    expect(response.status(), what).toBe(400);
  }
  const picture = await upload(editor, { alt: `NUL probe ${unique()}` });
  const patched = await editor.patch(`/api/media/${picture.id}`, { data: { alt: nul } });
  expect(patched.status(), 'alt text').toBe(400);
  const after = await readStory(editor, storyId);
  expect(after.version).toBe(before.version);
  expect(after.state).toBe('draft');
  expect((await editor.delete(`/api/media/${picture.id}`)).status()).toBe(204);

  // Even a sign-in: refused as wrong credentials, not as a broken configuration.
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const signIn = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: `${DEMO.editor}\u0000`, password: 'whatever it is' },
    maxRedirects: 0,
  });
  expect(signIn.headers().location).toContain('error=CredentialsSignin');
});

test('a copied session cookie stops working once its owner signs out', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Correspondent');
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, person.email, person.password);
  const ownerApi = await playwright.request.newContext({
    baseURL,
    storageState: await owner.storageState(),
  });
  const thief = await browser.newContext();
  await thief.addCookies(await owner.cookies());
  const thiefPage = await thief.newPage();
  try {
    await thiefPage.goto('/desk');
    await expect(thiefPage.getByRole('heading', { level: 1 })).toHaveText('My stories');
    expect((await ownerApi.get('/api/media')).status()).toBe(200);

    await ownerPage.getByRole('button', { name: 'Sign out' }).click();
    await expect(ownerPage).toHaveURL(/\/login$/);

    await thiefPage.goto('/desk');
    await expect(thiefPage).toHaveURL(/\/login\?callbackUrl=%2Fdesk$/);
    expect((await ownerApi.get('/api/media')).status()).toBe(401);
    // Signing in again works as before.
    await signIn(ownerPage, person.email, person.password);
    await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText('My stories');
  } finally {
    await ownerApi.dispose();
    await owner.close();
    await thief.close();
  }
});

test('a role change applies to the very next request', async ({ page, playwright, baseURL }) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Editor');
  const session = await apiSession(playwright.request, baseURL!, person.email, person.password);
  try {
    // Someone else's draft: an editor reaches it, a correspondent who did not write it cannot.
    const storyId = await aDraft();
    expect((await session.get(`/api/stories/${storyId}`)).status()).toBe(200);

    await page.goto('/desk/users');
    await page.getByLabel(`Role of ${person.name}`, { exact: true }).selectOption('correspondent');
    await page.getByRole('button', { name: `Change role of ${person.name}` }).click();
    await expect(page.getByText('Role changed.')).toBeVisible();

    expect((await session.get(`/api/stories/${storyId}`)).status()).toBe(404);
    const desk = await session.get('/desk');
    expect(await desk.text()).toContain('My stories');
    const { version } = await readStory(editor, storyId);
    const publish = await session.post(`/api/stories/${storyId}/transitions`, {
      data: { transition: 'publish', baseVersion: version },
    });
    expect(publish.status()).toBe(404);
  } finally {
    await session.dispose();
  }
});

test('after five failed sign-ins the right password is refused too, with the same message', async ({
  page,
  otherPage: person,
}) => {
  await signIn(page, DEMO.admin);
  const account = await addPerson(page, 'Correspondent');
  await person.goto('/login');
  const refusal = person.getByRole('alert').filter({ hasText: 'Email or password is incorrect' });
  let message = '';
  for (let attempt = 1; attempt <= THROTTLE.account.limit; attempt++) {
    await submitSignIn(person, account.email, `wrong password ${attempt}`);
    await expect(refusal).toBeVisible();
    message = (await refusal.textContent())!;
    await person.goto('/login');
  }
  await submitSignIn(person, account.email, account.password);
  await expect(refusal).toBeVisible();
  expect(await refusal.textContent()).toBe(message);
  await expect(person).toHaveURL(/\/login$/);
  await person.goto('/desk');
  await expect(person).toHaveURL(/\/login\?/);
});

/**
 * A draft from the editor's desk, for probes that must change nothing (every write to it is
 * refused); read from the desk so that the journey does not depend on the seeded stories' ids.
 */
async function aDraft(): Promise<string> {
  const html = await (await editor.get('/desk?state=draft')).text();
  for (const [, id] of html.matchAll(/\/desk\/stories\/([0-9a-f-]{36})/g)) {
    if ((await readStory(editor, id!)).state === 'draft') return id!;
  }
  throw new Error('no draft on the desk');
}
