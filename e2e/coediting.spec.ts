// Co-editing (ARCHITECTURE.md, "Co-editing"): people in one story type into the same shared body
// at once, see each other's named carets, and end with the same text, stored for the desk.
import type { Browser, Page } from '@playwright/test';
import {
  bodyText,
  fetchStory,
  newStory,
  saveStatus,
  storyBody,
  waitSaved,
} from './fixtures/editor';
import { DEMO, expect, signIn, test } from './fixtures/sign-in';

const NAMES = {
  editor: 'Home Desk Editor',
  correspondent: 'Washington Correspondent',
} as const;

/** The text of a story body as the API gives it: its blocks' text, one line each. */
function plainText(node: { text?: string; content?: unknown[] }): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map((child) => plainText(child as typeof node)).join('');
}

async function storedText(page: Page, id: string) {
  const { story } = await fetchStory(page, id);
  return story.body.content.map((block) => plainText(block as never)).join('\n');
}

/** Every character of `typed` appears in `text`, in order (others' keys may fall in between). */
function keepsEveryKey(text: string, typed: string): boolean {
  let at = 0;
  for (const char of text) if (char === typed[at]) at += 1;
  return at === typed.length;
}

async function pageFor(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The text every browser shows, once it is the same in all of them. */
async function sameText(pages: Page[]) {
  await expect
    .poll(async () => new Set(await Promise.all(pages.map(bodyText))).size, { timeout: 20_000 })
    .toBe(1);
  return bodyText(pages[0]!);
}

/** Places the caret at the end of the body's first paragraph. */
async function toEndOfFirstParagraph(page: Page) {
  await storyBody(page).locator('p').first().click();
  await page.keyboard.press('End');
}

test('two people type into one paragraph at once and end with the same text, stored', async ({
  page: correspondent,
  browser,
  baseURL,
}) => {
  await signIn(correspondent, DEMO.correspondent);
  const id = await newStory(correspondent, 'Harbour cranes stand idle');
  await storyBody(correspondent).click();
  await correspondent.keyboard.type('Cranes stopped at noon.');
  await waitSaved(correspondent);

  const editor = await pageFor(browser, baseURL, DEMO.editor);
  await editor.goto(`/desk/stories/${id}`);
  await expect.poll(() => bodyText(editor)).toBe('Cranes stopped at noon.');

  // Each sees the other in the story, and the other's named caret.
  await expect(correspondent.getByRole('list', { name: 'Also in this story' })).toHaveText(
    NAMES.editor,
  );
  await expect(editor.getByRole('list', { name: 'Also in this story' })).toHaveText(
    NAMES.correspondent,
  );
  await toEndOfFirstParagraph(correspondent);
  await toEndOfFirstParagraph(editor);
  await expect(storyBody(editor).locator('.collaboration-carets__label')).toHaveText(
    NAMES.correspondent,
  );

  const mine = ' Dockers left the quay.';
  const theirs = ' Ships waited offshore.';
  await Promise.all([correspondent.keyboard.type(mine), editor.keyboard.type(theirs)]);

  const text = await sameText([correspondent, editor]);
  expect(text.length).toBe('Cranes stopped at noon.'.length + mine.length + theirs.length);
  expect(keepsEveryKey(text, `Cranes stopped at noon.${mine}`)).toBe(true);
  expect(keepsEveryKey(text, `Cranes stopped at noon.${theirs}`)).toBe(true);
  await waitSaved(correspondent);
  await waitSaved(editor);

  // The stored working revision (what history, preview and publishing read) is the same text.
  await expect.poll(() => storedText(editor, id), { timeout: 15_000 }).toBe(text);

  // Someone who comes late gets the whole text.
  const admin = await pageFor(browser, baseURL, DEMO.admin);
  await admin.goto(`/desk/stories/${id}`);
  await expect.poll(() => bodyText(admin)).toBe(text);
  await expect(admin.getByRole('list', { name: 'Also in this story' })).toContainText(NAMES.editor);
  await editor.context().close();
  await admin.context().close();
});

test('one side is offline for ten seconds while both type; the texts merge', async ({
  page: correspondent,
  browser,
  baseURL,
}) => {
  await signIn(correspondent, DEMO.correspondent);
  const id = await newStory(correspondent, 'Ferry crossings cancelled');
  await storyBody(correspondent).click();
  await correspondent.keyboard.type('Storms closed the strait.');
  await waitSaved(correspondent);
  const editor = await pageFor(browser, baseURL, DEMO.editor);
  await editor.goto(`/desk/stories/${id}`);
  await expect.poll(() => bodyText(editor)).toBe('Storms closed the strait.');
  await toEndOfFirstParagraph(editor);
  await toEndOfFirstParagraph(correspondent);

  test.setTimeout(90_000);
  await correspondent.context().setOffline(true);
  // Both keep typing, at a brisk human pace (the endpoint allows 40 messages a second, and each
  // key sends an edit and a caret move), until the ten seconds are over: the scenario itself.
  const typedOffline: string[] = [];
  const typedOnline: string[] = [];
  const deadline = Date.now() + 10_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const away = ` o${i}`;
    const here = ` n${i}`;
    await Promise.all([
      correspondent.keyboard.type(away, { delay: 60 }),
      editor.keyboard.type(here, { delay: 60 }),
    ]);
    typedOffline.push(away);
    typedOnline.push(here);
  }
  await expect(saveStatus(correspondent)).toHaveText('Offline — kept on this device');
  expect(await bodyText(editor)).not.toContain(' o0');

  await correspondent.context().setOffline(false);
  const text = await sameText([editor, correspondent]);
  expect(keepsEveryKey(text, `Storms closed the strait.${typedOffline.join('')}`)).toBe(true);
  expect(keepsEveryKey(text, `Storms closed the strait.${typedOnline.join('')}`)).toBe(true);
  await waitSaved(correspondent);
  await expect(saveStatus(correspondent)).not.toHaveText(/Conflict/);
  await expect.poll(() => storedText(editor, id), { timeout: 15_000 }).toBe(text);
  await editor.context().close();
});
