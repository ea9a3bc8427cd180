// The co-editing endpoint's guards as the production build keeps them (ARCHITECTURE.md,
// "Co-editing"): co-editing clients (the Hocuspocus provider, in Node) carrying a signed-in
// browser context's cookie and the site's Origin, as the desk's editor sends them. A second
// correspondent is refused at the socket; a change carrying a script node is refused, the sender
// told, and nothing of it stored; deactivating someone drops their connection; and two instances
// sharing PostgreSQL and Redis let an editor on one and a correspondent on the other write one
// story and see each other's text and carets: through provider clients, and in the desk's editor.
import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { Redis } from 'ioredis';
import { BODY_FIELD, CLOSE } from '@/lib/collab/limits';
import { connectCollab, type CollabClient } from '@/test/system/collab-client';
import {
  DEMO_PASSWORD,
  seededDatabase,
  startInstance,
  type Instance,
  type SeededDatabase,
} from '@/test/system/instances';
import { E2E_PORT } from './fixtures/env';
import { bodyText, fetchStory, newStory, storyBody, waitSaved } from './fixtures/editor';
import { addPerson, DEMO, expect, signIn, submitSignIn, test } from './fixtures/sign-in';

const clients: CollabClient[] = [];

/** The browser context's cookies, as its WebSocket would send them. */
async function cookieOf(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
}

/** A co-editing client signed in as `page`'s user, from `page`'s own origin. */
async function collabAs(page: Page, storyId: string, user?: { name: string }) {
  const origin = new URL(page.url()).origin;
  const client = connectCollab(origin, await cookieOf(page), storyId, user);
  clients.push(client);
  return client;
}

const blockNames = (client: CollabClient) =>
  client.document
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.nodeName : '#text'));

test.afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

test('a second correspondent is refused at the socket of a colleague’s story', async ({
  page,
  otherPage: colleague,
}) => {
  await signIn(page, DEMO.correspondent);
  const id = await newStory(page, 'Harbour Ferry Timetable');
  await signIn(colleague, DEMO.correspondent2);

  const intruder = await collabAs(colleague, id);
  await expect.poll(() => intruder.events.denied).not.toBe('');
  expect(intruder.events.synced).toBe(false);
  expect(intruder.text()).toBe('');
  // The author, on the same endpoint, is let in.
  const author = await collabAs(page, id);
  await expect.poll(() => author.events.synced).toBe(true);
});

test('a change carrying a script node is refused, the sender told, and nothing stored', async ({
  page,
}) => {
  await signIn(page, DEMO.correspondent);
  const id = await newStory(page, 'Market Hall Reopens');
  await page.goto('/desk'); // the editor's own copy stays out of the way
  const author = await collabAs(page, id);
  await expect.poll(() => author.events.synced).toBe(true);
  author.type('Clean copy.');
  await expect.poll(() => author.acknowledged()).toBe(true);
  await expect
    .poll(async () => JSON.stringify((await fetchStory(page, id)).story.body), { timeout: 15_000 })
    .toContain('Clean copy.');

  author.document.transact(() => {
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(document.cookie)')]);
    author.document.getXmlFragment(BODY_FIELD).insert(1, [script]);
  });
  // The story's document is closed for the sender with the reason (Hocuspocus carries the reason
  // of a document's close inside the shared socket; the socket itself stays open).
  await expect
    .poll(() => author.events.closes.map(({ reason }) => reason))
    .toContain(CLOSE.refusedUpdate.reason);
  author.close();

  // Neither the shared document nor the working revision holds it.
  const reader = await collabAs(page, id);
  await expect.poll(() => reader.events.synced).toBe(true);
  expect(blockNames(reader)).toEqual(['paragraph']);
  expect(reader.text()).toBe('Clean copy.');
  const { text } = await fetchStory(page, id);
  expect(text).not.toContain('script');
  expect(text).not.toContain('alert(');
});

test('deactivating someone in the people page drops their co-editing connection', async ({
  page,
  otherPage: leaver,
}) => {
  await signIn(page, DEMO.admin);
  const id = await newStory(page, 'Tram Line Extension');
  const person = await addPerson(page, 'Editor');
  await signIn(leaver, person.email, person.password);
  const client = await collabAs(leaver, id);
  await expect.poll(() => client.events.synced).toBe(true);

  const row = page.getByRole('row', { name: person.name });
  await row.getByRole('button', { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByRole('status')).toHaveText('Deactivated; their sessions have ended.');
  await expect
    .poll(() => client.events.closes.map(({ code }) => code))
    .toContain(CLOSE.sessionEnded.code);
  // And they cannot come back: a new socket with their cookie is refused at the upgrade.
  const again = await collabAs(leaver, id);
  await expect.poll(() => again.events.closes.length).toBeGreaterThan(0);
  expect(again.events.synced).toBe(false);
});

test.describe('two instances sharing PostgreSQL and Redis', () => {
  // CI always has both (.ci/run): without them this journey fails, it is never skipped.
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const redisUrl = process.env.TEST_REDIS_URL;
  const prefix = `dateline-e2e-${crypto.randomBytes(6).toString('hex')}:`;
  let database: SeededDatabase;
  let a: Instance;
  let b: Instance;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    if (!databaseUrl || !redisUrl) {
      throw new Error(
        'The two-instance co-editing journey needs TEST_DATABASE_URL (PostgreSQL) and ' +
          'TEST_REDIS_URL (Redis), as CI sets them; set them to run the journeys.',
      );
    }
    database = await seededDatabase();
    const common = {
      databaseUrl: database.url,
      env: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix },
    };
    [a, b] = await Promise.all([
      startInstance({ ...common, name: 'e2e-A', port: E2E_PORT + 10 }),
      startInstance({ ...common, name: 'e2e-B', port: E2E_PORT + 11 }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    if (redisUrl) {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  test('an editor on A and a correspondent on B see each other’s text and carets', async ({
    browser,
  }) => {
    const onA = await (await browser.newContext({ baseURL: a.origin })).newPage();
    const onB = await (await browser.newContext({ baseURL: b.origin })).newPage();
    try {
      for (const [page, email] of [
        [onB, DEMO.correspondent],
        [onA, DEMO.editor],
      ] as const) {
        await page.goto('/login');
        await submitSignIn(page, email, DEMO_PASSWORD);
        await expect(page).not.toHaveURL(/\/login(\?|$)/);
      }
      const id = await newStory(onB, 'Bridge Repairs Begin');
      await onB.goto('/desk');

      const correspondent = await collabAs(onB, id, { name: 'Correspondent on B' });
      const editor = await collabAs(onA, id, { name: 'Editor on A' });
      await expect.poll(() => correspondent.events.synced && editor.events.synced).toBe(true);
      correspondent.provider.setAwarenessField('cursor', { anchor: 1, head: 4 });
      editor.provider.setAwarenessField('cursor', { anchor: 2, head: 2 });
      correspondent.type('Filed from B.');
      await expect.poll(() => editor.text()).toBe('Filed from B.');
      editor.type(' Checked on A.');
      await expect.poll(() => correspondent.text()).toBe('Filed from B. Checked on A.');

      for (const [client, other, head] of [
        [editor, 'Correspondent on B', 4],
        [correspondent, 'Editor on A', 2],
      ] as const) {
        await expect
          .poll(() =>
            client
              .others()
              .some(
                (state) =>
                  (state.user as { name?: string } | undefined)?.name === other &&
                  (state.cursor as { head?: number } | undefined)?.head === head,
              ),
          )
          .toBe(true);
      }
      expect(editor.text()).toBe(correspondent.text());
      // The shared text is the story's working copy, whichever instance is asked.
      await expect
        .poll(async () => JSON.stringify((await fetchStory(onA, id)).story.body), {
          timeout: 15_000,
        })
        .toContain('Checked on A.');
      expect(JSON.stringify((await fetchStory(onB, id)).story.body)).toContain('Filed from B.');
    } finally {
      await onA.context().close();
      await onB.context().close();
    }
  });

  test('an editor on A and a correspondent on B see each other’s carets and text in the editor', async ({
    browser,
  }) => {
    const onA = await (await browser.newContext({ baseURL: a.origin })).newPage();
    const onB = await (await browser.newContext({ baseURL: b.origin })).newPage();
    try {
      for (const [page, email] of [
        [onB, DEMO.correspondent],
        [onA, DEMO.editor],
      ] as const) {
        await page.goto('/login');
        await submitSignIn(page, email, DEMO_PASSWORD);
        await expect(page).not.toHaveURL(/\/login(\?|$)/);
      }
      const id = await newStory(onB, 'Ring Road Closes at Night');
      await storyBody(onB).click();
      await onB.keyboard.type('Filed from B.');
      await waitSaved(onB);
      await onA.goto(`/desk/stories/${id}`);
      await expect.poll(() => bodyText(onA)).toBe('Filed from B.');

      // Each sees the other's named caret, drawn from awareness carried by Redis.
      for (const page of [onA, onB]) {
        await storyBody(page).locator('p').first().click();
        await page.keyboard.press('End');
      }
      await expect(storyBody(onA).locator('.collaboration-carets__label')).toHaveText(
        'Washington Correspondent',
      );
      await expect(storyBody(onB).locator('.collaboration-carets__label')).toHaveText(
        'Home Desk Editor',
      );

      await onA.keyboard.type(' Checked on A.');
      await expect.poll(() => bodyText(onB)).toBe('Filed from B. Checked on A.');
      // Both end with the same text, B's words next to A's (before or after them, as B's caret
      // was mapped when A's arrived).
      await onB.keyboard.type(' Back on B.');
      const orders = [
        'Filed from B. Back on B. Checked on A.',
        'Filed from B. Checked on A. Back on B.',
      ];
      await expect.poll(() => bodyText(onA)).toMatch(/Back on B\./);
      await expect.poll(async () => (await bodyText(onA)) === (await bodyText(onB))).toBe(true);
      const both = await bodyText(onA);
      expect(orders).toContain(both);
      await waitSaved(onA);
      await waitSaved(onB);
      // Stored once, the same working copy whichever instance is asked.
      await expect
        .poll(async () => JSON.stringify((await fetchStory(onB, id)).story.body), {
          timeout: 15_000,
        })
        .toContain(both);
      expect(JSON.stringify((await fetchStory(onA, id)).story.body)).toContain(both);
    } finally {
      await onA.context().close();
      await onB.context().close();
    }
  });
});
