// Stored XSS: a corpus of payloads put through every text field staff can write (headline,
// standfirst, dateline, body text, image alt/caption/credit, correction note, comment, withdrawal
// reason, display name, title, bio, the library's descriptions), then published and read back
// wherever it is shown: the article page with its metadata and JSON-LD, the front page, the author
// page, search, the feeds, the news sitemap, and the desk. Each payload sets `window.__xss` if it
// runs. The pages run with the Content-Security-Policy bypassed, so that the policy cannot hide an
// escaping fault: what is tested is that every payload reaches the reader as text.
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { newStory } from './fixtures/editor';
import {
  apiSession,
  expectNoXss,
  readStory,
  saveOf,
  sectionId,
  takeStep,
  upload,
  XSS,
  type MediaJson,
} from './fixtures/security';
import { addPerson, DEMO, expect, signIn, test } from './fixtures/sign-in';

test.describe.configure({ mode: 'serial' });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** A word of the headline that search finds, and that finds the library image. */
const TOKEN = `xss${run}`;
const F = {
  headline: `${TOKEN} ${XSS.script} ${XSS.img} ${XSS.cdataEnd}`,
  standfirst: `${XSS.svg} ${XSS.template} ${XSS.lineSeparator} ${XSS.scriptBreak}`,
  dateline: XSS.scriptBreak,
  link: `https://example.com/?q=${XSS.svg.replace(/ /g, '')}`,
  bodyAlt: `${XSS.img} body alt`,
  bodyCaption: `${XSS.script} body caption`,
  bodyCredit: `${XSS.svg} body credit`,
  libraryAlt: `${XSS.svg} library alt ${TOKEN}`,
  libraryCaption: `${XSS.scriptBreak} library caption`,
  libraryCredit: `${XSS.template} ${TOKEN}`,
  correction: `${XSS.cdataEnd} ${XSS.script} correction`,
  comment: `${XSS.template} ${XSS.img} comment`,
  reason: `${XSS.svg} ${XSS.scriptBreak} reason`,
  displayName: `${XSS.svg} Writer ${run}`,
  handle: `xss-${run}`,
  title: XSS.scriptBreak,
  // One line: a textarea's line breaks travel as CRLF, which is not what this test is about.
  bio: Object.values(XSS).join(' '),
};
const BODY_TEXTS = Object.values(XSS);

let editor: APIRequestContext;
let writer: APIRequestContext;
let writerPage: Page;
let deskPage: Page;
let storyId: string;
let slug: string;
let picture: MediaJson;
const dialogs: string[] = [];

/** A page that records dialogs and runs without the Content-Security-Policy. */
async function openPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

/** The text of `selector` as the document holds it (no CSS, no scripts), for exact comparison. */
async function textOf(page: Page, selector = 'main'): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('script').forEach((script) => script.remove());
      return copy.textContent ?? '';
    });
}

/** Visits a page and checks that nothing ran and every expected text is shown as text. */
async function expectShownAsText(page: Page, path: string, texts: string[], selector = 'main') {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expectNoXss(page, path);
  const hostile = await page.evaluate(
    () =>
      document.querySelectorAll('[onerror], [onload], [onclick], img[src="x"], x, iframe').length,
  );
  expect(hostile, `elements made from a payload on ${path}`).toBe(0);
  const text = await textOf(page, selector);
  for (const expected of texts) expect(text, `${path} shows`).toContain(expected);
  expect(dialogs, `dialogs on ${path}`).toEqual([]);
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const admin = await openPage(browser, baseURL!);
  await signIn(admin, DEMO.admin);
  const person = await addPerson(admin, 'Correspondent');
  await admin.context().close();

  // The writer's profile, through the profile form.
  writerPage = await openPage(browser, baseURL!);
  await signIn(writerPage, person.email, person.password);
  await writerPage.goto('/desk/profile');
  await writerPage.getByLabel('Display name', { exact: true }).fill(F.displayName);
  await writerPage.getByLabel('Handle', { exact: true }).fill(F.handle);
  await writerPage.getByLabel('Title', { exact: true }).fill(F.title);
  await writerPage.getByLabel('Bio', { exact: true }).fill(F.bio);
  await writerPage.getByRole('button', { name: 'Save profile' }).click();
  await expect(writerPage.getByText('Profile saved.')).toBeVisible();

  writer = await apiSession(playwright.request, baseURL!, person.email, person.password);
  editor = await apiSession(playwright.request, baseURL!, DEMO.editor);
  picture = await upload(writer, {
    alt: F.libraryAlt,
    caption: F.libraryCaption,
    credit: F.libraryCredit,
  });

  // The headline through the new-story form; the rest as the editor's autosave sends it.
  storyId = await newStory(writerPage, F.headline);
  const politics = await sectionId(writerPage, 'Politics');
  const story = await readStory(writer, storyId);
  const body = {
    type: 'doc',
    content: [
      ...BODY_TEXTS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Read ' },
          { type: 'text', text: 'the source', marks: [{ type: 'link', attrs: { href: F.link } }] },
        ],
      },
      {
        type: 'image',
        attrs: {
          src: picture.src,
          mediaId: picture.id,
          alt: F.bodyAlt,
          caption: F.bodyCaption,
          credit: F.bodyCredit,
        },
      },
    ],
  };
  const { meta } = saveOf(story);
  const saved = await writer.put(`/api/stories/${storyId}`, {
    data: {
      baseVersion: story.version,
      meta: {
        ...meta,
        standfirst: F.standfirst,
        dateline: F.dateline,
        sectionId: politics,
        featuredMediaId: picture.id,
      },
      body,
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  // A comment through the story's comment form.
  await writerPage.reload();
  await writerPage.getByLabel('Add a comment').fill(F.comment);
  await writerPage.getByRole('button', { name: 'Post comment' }).click();
  await expect(writerPage.getByText('Comment posted.')).toBeVisible();

  await takeStep(writer, storyId, 'submit');
  await takeStep(editor, storyId, 'publish');
  const live = await takeStep(editor, storyId, 'publish_update', { correction: F.correction });
  slug = live.publicSlug;

  deskPage = await openPage(browser, baseURL!);
  await signIn(deskPage, DEMO.editor);
});

test.afterAll(async () => {
  await writerPage?.context().close();
  await deskPage?.context().close();
  await writer?.dispose();
  await editor?.dispose();
});

test('a slug or a link carrying a payload is refused, and the story keeps its address', async () => {
  const before = await readStory(editor, storyId);
  const put = (data: unknown) => editor.put(`/api/stories/${storyId}`, { data });
  for (const hostile of [XSS.javascript, XSS.svg, XSS.script, `${slug}\u2028x`, '../desk']) {
    const response = await put(saveOf(before, { slug: hostile }));
    expect(response.status(), `slug ${hostile}`).toBe(400);
  }
  const linked = (href: string) => ({
    ...saveOf(before),
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Read more', marks: [{ type: 'link', attrs: { href } }] },
          ],
        },
      ],
    },
  });
  for (const href of [
    XSS.javascript,
    'JaVaScRiPt:window.__xss=1',
    ' javascript:window.__xss=1',
    'java\tscript:window.__xss=1',
    'data:text/html,<script>window.__xss=1</script>',
    'vbscript:window.__xss=1',
  ]) {
    const response = await put(linked(href));
    expect(response.status(), `link ${JSON.stringify(href)}`).toBe(400);
  }
  const after = await readStory(editor, storyId);
  expect(after.version).toBe(before.version);
  expect(after.publicSlug).toBe(slug);
});

test('the article page shows every payload as text, in its body, metadata and JSON-LD', async () => {
  const page = deskPage;
  await expectShownAsText(page, `/news/${slug}`, [
    F.headline,
    F.dateline,
    F.displayName,
    F.correction,
    F.bodyCaption,
    F.bodyCredit,
    F.libraryCaption,
    ...BODY_TEXTS.filter((text) => text !== XSS.lineSeparator),
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(F.headline);
  // Exactly, line separator included.
  expect(await textOf(page, 'main')).toContain(F.standfirst);
  expect(await textOf(page, '.article-body')).toContain(XSS.lineSeparator);

  const images = await page
    .locator('main img')
    .evaluateAll((all) => all.map((image) => image.getAttribute('alt')));
  expect(images).toEqual(expect.arrayContaining([F.libraryAlt, F.bodyAlt]));
  const hrefs = await page
    .locator('.article-body a')
    .evaluateAll((all) => all.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual([F.link]);

  expect(await page.title()).toContain(F.headline);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', F.headline);
  expect(
    await page.locator('meta[name="description"]').getAttribute('content'),
    'the description meta, exactly',
  ).toBe(F.standfirst);

  const ld = page.locator('script[type="application/ld+json"]');
  await expect(ld).toHaveCount(1);
  const data = JSON.parse((await ld.textContent())!) as Record<string, unknown>;
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: F.headline,
    description: F.standfirst,
    dateline: F.dateline,
    author: [{ '@type': 'Person', name: F.displayName, jobTitle: F.title }],
  });
});

test('the front page, the author page and search results show the payloads as text', async () => {
  const page = deskPage;
  await expectShownAsText(page, '/', [F.headline]);
  await expectShownAsText(page, `/author/${F.handle}`, [F.displayName, F.title, F.headline]);
  expect(await textOf(page, 'main')).toContain(F.bio);
  await expectShownAsText(page, `/search?q=${TOKEN}`, [F.headline]);
  // The search box gives the query back as typed, in its value.
  const hostileQuery = `${TOKEN} ${XSS.svg}`;
  await expectShownAsText(page, `/search?q=${encodeURIComponent(hostileQuery)}`, []);
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toHaveValue(hostileQuery);
});

test('the feeds and the news sitemap parse, and carry the payloads as plain text', async ({
  request,
}) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
  const address = (link: string) => link.endsWith(`/news/${slug}`);

  const rss = await (await request.get('/feed.xml')).text();
  expect(XMLValidator.validate(rss)).toBe(true);
  const items = asList(parser.parse(rss).rss.channel.item) as Record<string, string>[];
  const item = items.find((entry) => address(entry.link!));
  expect(item, 'the story in the RSS feed').toBeDefined();
  expect(item).toMatchObject({
    title: F.headline,
    description: F.standfirst,
    'dc:creator': F.displayName,
  });

  const json = (await (await request.get('/feed.json')).json()) as {
    items: { url: string; title: string; summary: string; authors: { name: string }[] }[];
  };
  const entry = json.items.find((candidate) => address(candidate.url));
  expect(entry).toMatchObject({
    title: F.headline,
    summary: F.standfirst,
    authors: [{ name: F.displayName }],
  });

  const news = await (await request.get('/news-sitemap.xml')).text();
  expect(XMLValidator.validate(news)).toBe(true);
  const urls = asList(parser.parse(news).urlset.url) as {
    loc: string;
    'news:news': { 'news:title': string };
  }[];
  expect(urls.find((url) => address(url.loc))?.['news:news']['news:title']).toBe(F.headline);
});

test('the desk shows the payloads as text: dashboard, editor, media library, notifications, timeline', async () => {
  const page = deskPage;
  await expectShownAsText(page, `/desk?q=${TOKEN}`, [F.headline]);

  await expectShownAsText(page, `/desk/stories/${storyId}`, [
    F.comment,
    ...BODY_TEXTS.filter((text) => text !== XSS.lineSeparator),
  ]);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(F.headline);
  await expect(page.getByLabel('Standfirst', { exact: true })).toHaveValue(F.standfirst);
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue(F.dateline);
  await expectNoXss(page, 'the story editor, after it settled');

  await expectShownAsText(page, `/desk/media?q=${TOKEN}`, [F.headline]);
  const card = page.getByRole('listitem', { name: F.libraryAlt });
  await expect(card.getByLabel('Alt text')).toHaveValue(F.libraryAlt);
  await expect(card.getByLabel('Caption')).toHaveValue(F.libraryCaption);
  await expect(card.getByLabel('Credit')).toHaveValue(F.libraryCredit);

  await expectShownAsText(page, `/desk/stories/${storyId}/timeline`, [
    F.comment,
    F.correction,
    F.displayName,
  ]);
  await expectShownAsText(writerPage, '/desk/notifications', [F.headline]);
});

test('a withdrawal reason and the 410 notice show their payloads as text', async () => {
  await takeStep(editor, storyId, 'withdraw', { reason: F.reason });
  const page = deskPage;
  const gone = await page.goto(`/news/${slug}`);
  expect(gone?.status()).toBe(410);
  await expectNoXss(page, 'the 410 notice');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `“${F.headline}” has been withdrawn`,
  );
  await expectShownAsText(page, `/desk/stories/${storyId}/timeline`, [F.reason]);
});
