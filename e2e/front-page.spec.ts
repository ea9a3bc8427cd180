// The front page as the desk arranges it (/desk/front) and as readers see it (/): an editor
// curates a lead and two top stories and reorders them by keyboard and by drag, a pin runs out,
// and a breaking-news strip appears on every page and clears. Each journey leaves the front as it
// found it (nothing pinned, no strip), for the journeys that read the front page after it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiSession, replay, type CapturedAction } from './fixtures/security';
import { DEMO, signIn } from './fixtures/sign-in';

const FED = 'Federal Reserve Holds Rates Steady and Signals Patience on Further Cuts';
const EUROPOL = 'Europol Leads Takedown of Ransomware Network That Targeted Hospitals';
const DUTCH = 'Dutch Navy Joins Allied Patrols to Protect North Sea Undersea Cables';
const G7 = 'G7 Foreign Ministers Pledge Joint Approach to Securing Critical Minerals';
const G7_SLUG = 'g7-foreign-ministers-pledge-joint-approach-to-securing-critical-minerals';

/** Readers see a change within 2 s (docs/product.md, "The front page"). */
const READERS_SEE_IT = { timeout: 2_000 };

async function reader(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

const slots = (page: Page) => page.getByRole('list', { name: 'Front page slots' });
const slot = (page: Page, index: number) => slots(page).getByRole('listitem').nth(index);

async function addStory(page: Page, words: string, headline: string, as: 'lead' | 'top') {
  await page.getByLabel('Find a published story').fill(words);
  const results = page.getByRole('list', { name: 'Search results' });
  const name = as === 'lead' ? `Make lead: “${headline}”` : `Add to top stories: “${headline}”`;
  await results.getByRole('button', { name }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save front page' }).click();
  await expect(page.getByText('Front page saved: readers see it now.')).toBeVisible();
}

/** Takes every story off the front and saves, so the newest stories fill it again. */
async function clearFront(page: Page) {
  await page.goto('/desk/front');
  const remove = slots(page).getByRole('button', { name: /^Remove: / });
  const count = await remove.count();
  if (count === 0) return;
  for (let i = 0; i < count; i++) await remove.first().click();
  await save(page);
}

test('an editor curates a lead and two top stories, reorders them, and a reader sees the new order', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.editor);
  await page
    .getByRole('navigation', { name: 'Desk' })
    .getByRole('link', { name: 'Front page' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );

  await addStory(page, 'Federal Reserve', FED, 'lead');
  await addStory(page, 'Dutch Navy', DUTCH, 'top');
  await addStory(page, 'Europol', EUROPOL, 'top');
  await expect(slot(page, 0)).toContainText(FED);
  await expect(slot(page, 1)).toContainText(DUTCH);
  await expect(slot(page, 2)).toContainText(EUROPOL);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // By keyboard: Europol up to the first top story; focus stays on its button.
  const up = page.getByRole('button', { name: `Move up: “${EUROPOL}”` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(slot(page, 1)).toContainText(EUROPOL);
  await expect(slot(page, 2)).toContainText(DUTCH);
  await expect(up).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'is now top story 1' })).toHaveText(
    `“${EUROPOL}” is now top story 1.`,
  );

  // By drag: the Dutch navy down to the fourth top story; the slot it leaves fills by itself.
  await slot(page, 2).dragTo(slot(page, 4));
  await expect(slot(page, 4)).toContainText(DUTCH);
  await expect(slot(page, 2)).toContainText('Empty: the newest story');

  await save(page);
  await expect(page.getByText('No unsaved changes')).toBeVisible();

  const front = await reader(browser);
  await front.goto('/');
  await expect(front.getByRole('heading', { level: 1 })).toHaveText(FED, READERS_SEE_IT);
  const top = front.getByRole('list', { name: 'Top stories' }).getByRole('heading', { level: 3 });
  await expect(top).toHaveCount(6);
  await expect(top.nth(0)).toHaveText(EUROPOL);
  await expect(top.nth(3)).toHaveText(DUTCH);
  // The desk shows the saved arrangement after a reload too.
  await page.reload();
  await expect(slot(page, 0)).toContainText(FED);
  await expect(slot(page, 1)).toContainText(EUROPOL);
  await expect(slot(page, 4)).toContainText(DUTCH);
  // An empty slot says which story readers see in it.
  await expect(slot(page, 2)).toContainText('Readers see now:');
  await expect(slot(page, 2)).toContainText((await top.nth(1).textContent())!);

  await clearFront(page);
  await front.reload();
  await expect(front.getByRole('heading', { level: 1 })).not.toHaveText(FED, READERS_SEE_IT);
  await front.close();
});

test('two editors save at once: the second sees both arrangements and chooses', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.editor);
  await page.goto('/desk/front');
  const other = await reader(browser);
  await signIn(other, DEMO.admin);
  await other.goto('/desk/front');

  await addStory(page, 'Federal Reserve', FED, 'lead');
  await save(page);
  await addStory(other, 'Europol', EUROPOL, 'lead');
  await other.getByRole('button', { name: 'Save front page' }).click();
  await expect(
    other.getByRole('alert').filter({ hasText: 'Another editor saved the front page' }),
  ).toBeVisible();
  const theirs = other.getByRole('list', { name: 'Their arrangement' });
  await expect(theirs.getByRole('listitem').first()).toHaveText(`Lead: ${FED}`);
  // Nothing of the second editor's is lost: theirs is still on their desk, unsaved.
  await expect(slot(other, 0)).toContainText(EUROPOL);
  await other.getByRole('button', { name: 'Keep mine (save over theirs)' }).click();
  await expect(other.getByText('Front page saved: readers see it now.')).toBeVisible();

  const front = await reader(browser);
  await front.goto('/');
  await expect(front.getByRole('heading', { level: 1 })).toHaveText(EUROPOL, READERS_SEE_IT);
  await clearFront(other);
  await front.close();
  await other.close();
});

test('a correspondent may not arrange the front page, by the desk or by replaying a save', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const correspondent = await reader(browser);
  await signIn(correspondent, DEMO.correspondent);
  await expect(
    correspondent
      .getByRole('navigation', { name: 'Desk' })
      .getByRole('link', { name: 'Front page' }),
  ).toHaveCount(0);
  expect((await correspondent.goto('/desk/front'))?.status()).toBe(403);
  await correspondent.close();

  // The editor's save, captured as the browser sent it, then sent with a correspondent's cookies.
  await signIn(page, DEMO.editor);
  await page.goto('/desk/front');
  await addStory(page, 'Dutch Navy', DUTCH, 'lead');
  const saving = page.waitForRequest(
    (request) =>
      request.method() === 'POST' &&
      'next-action' in request.headers() &&
      (request.postData() ?? '').includes('"version"'),
  );
  await save(page);
  const request = await saving;
  const headers = await request.allHeaders();
  const captured: CapturedAction = {
    url: request.url(),
    headers: Object.fromEntries(
      ['next-action', 'content-type', 'accept', 'next-router-state-tree']
        .filter((name) => headers[name])
        .map((name) => [name, headers[name]!]),
    ),
    body: request.postDataBuffer()!,
  };
  await clearFront(page);
  const session = await apiSession(playwright.request, baseURL!, DEMO.correspondent);
  const replayed = await replay(session, captured);
  expect(replayed.text).toContain('You do not have permission to do that.');
  await session.dispose();
  const front = await reader(browser);
  await front.goto('/');
  await expect(front.getByRole('heading', { level: 1 })).not.toHaveText(DUTCH);
  await front.close();
});

test('a pin runs out: the lead goes back to the newest story', async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signIn(page, DEMO.editor);
  await page.goto('/desk/front');
  // The next minute on the newsroom clock (UTC on the journeys' server), leaving at least 15 s
  // to save before it.
  const end = new Date(Date.now() + 75_000);
  end.setUTCSeconds(0, 0);
  const clock = end.toISOString().slice(11, 16);

  await addStory(page, 'G7 Foreign Ministers', G7, 'lead');
  await page.getByLabel(`Pinned until: “${G7}”`).fill(clock);
  await expect(slot(page, 0)).toContainText(`Ends at ${clock}, today or tomorrow.`);
  await save(page);
  await expect(slot(page, 0)).toContainText(/Ends \d+ \w+ \d{4}, \d\d:\d\d/);

  const front = await reader(browser);
  await front.goto('/');
  await expect(front.getByRole('heading', { level: 1 })).toHaveText(G7, READERS_SEE_IT);

  await expect
    .poll(
      async () => {
        await front.reload();
        return front.getByRole('heading', { level: 1 }).textContent();
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .not.toBe(G7);
  expect(Date.now()).toBeGreaterThanOrEqual(end.getTime());
  await page.reload();
  await expect(slot(page, 0)).toContainText('Empty: the newest story');
  await front.close();
});

test('a breaking-news strip appears on every public page and clears', async ({ page, browser }) => {
  const line = `Polls close at 22:00 in the regional elections ${Date.now().toString(36)}`;
  await signIn(page, DEMO.editor);
  await page.goto('/desk/front');
  await page.getByLabel('Breaking news').fill(line);
  await page.getByLabel('Link').fill(`/news/${G7_SLUG}`);
  await page.getByRole('button', { name: 'Show the strip' }).click();
  await expect(page.getByText('The strip is on every page.')).toBeVisible();

  const pages = await reader(browser);
  for (const address of ['/', '/section/world', '/search?q=gas']) {
    await pages.goto(address);
    const strip = pages.getByRole('region', { name: 'Breaking news' });
    await expect(strip.getByRole('link', { name: line })).toBeVisible(READERS_SEE_IT);
  }
  await pages.getByRole('region', { name: 'Breaking news' }).getByRole('link').click();
  await expect(pages).toHaveURL(new RegExp(`/news/${G7_SLUG}$`));
  await expect(pages.getByRole('region', { name: 'Breaking news' })).toContainText(line);

  // A link that is not a page is refused, and nothing already shown is lost.
  await page.getByLabel('Link').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Show the strip' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'must be a page of this site' }),
  ).toBeVisible();
  await pages.reload();
  await expect(pages.getByRole('region', { name: 'Breaking news' })).toContainText(line);

  await page.getByRole('button', { name: 'Clear the strip' }).click();
  await expect(page.getByText('The strip is cleared.')).toBeVisible();
  await expect(page.getByText('No strip is shown.')).toBeVisible();
  for (const address of [`/news/${G7_SLUG}`, '/']) {
    await pages.goto(address);
    await expect(pages.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(pages.getByRole('region', { name: 'Breaking news' })).toHaveCount(0);
  }
  await pages.close();
});
