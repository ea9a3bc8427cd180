// The permission rules (lib/permissions.ts over lib/workflow.ts) where they are enforced: direct
// requests to every route handler and method, as an anonymous caller, a story's author, another
// correspondent, an editor and an admin. Every request carries this site's Origin, so only
// authorization decides; every refusal is followed by a re-read showing that nothing changed.
// Then the ways around the rules: a captured save replayed by someone else or onto another story
// (IDOR), extra fields in a body (mass assignment), server actions replayed with a lower role's
// cookies, requests that try to reach the desk past proxy.ts, and what the media library says
// about stories a correspondent may not open. Refusals by the rules, direct or replayed, are in
// the admins' list of refused requests (the audit log's authz_denied rows), once a minute.
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { StoryState } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions';
import { STORY_STATES, TRANSITION_NAMES, type Transition } from '@/lib/workflow';
import { newStory, storyBody, waitSaved } from './fixtures/editor';
import {
  apiSession,
  deskListsStory,
  fieldOf,
  fillStory,
  nextAction,
  readStory,
  replay,
  saveOf,
  sectionId,
  takeStep,
  upload,
  userIdOf,
  withField,
  type StoryState as StoryJson,
} from './fixtures/security';
import { addPerson, DEMO, expect, signIn, test, type NewPerson } from './fixtures/sign-in';

type Who = 'anonymous' | 'author' | 'colleague' | 'editor' | 'admin';
const WHO: Who[] = ['anonymous', 'author', 'colleague', 'editor', 'admin'];

/**
 * The workflow of docs/product.md written out by hand, so that a wrong rule in lib/workflow.ts or
 * lib/permissions.ts disagrees with it: each step, the states it starts from, where it leads, and
 * whether a story's authors may take it (`author`) or only editors and admins (`editor`).
 */
const STEPS: Record<Transition, { from: StoryState[]; to: StoryState; by: 'author' | 'editor' }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: 'author' },
  recall: { from: ['submitted'], to: 'draft', by: 'author' },
  request_changes: { from: ['submitted'], to: 'changes_requested', by: 'editor' },
  publish: { from: ['draft', 'submitted', 'scheduled'], to: 'published', by: 'editor' },
  schedule: { from: ['submitted'], to: 'scheduled', by: 'editor' },
  unschedule: { from: ['scheduled'], to: 'submitted', by: 'editor' },
  publish_update: { from: ['published'], to: 'published', by: 'editor' },
  withdraw: { from: ['published'], to: 'withdrawn', by: 'editor' },
  republish: { from: ['withdrawn'], to: 'published', by: 'editor' },
};
/** docs/product.md, Roles: correspondents edit their own stories in draft or changes requested. */
const AUTHOR_EDITS: StoryState[] = ['draft', 'changes_requested'];

const isDesk = (who: Who) => who === 'editor' || who === 'admin';
const mayView = (who: Who) => who === 'author' || isDesk(who);
const mayEdit = (who: Who, state: StoryState) =>
  isDesk(who) || (who === 'author' && AUTHOR_EDITS.includes(state));
const mayTake = (who: Who, transition: Transition, state: StoryState) =>
  STEPS[transition].from.includes(state) &&
  (isDesk(who) || (who === 'author' && STEPS[transition].by === 'author'));

/** What a story request answers when it is refused: no session, out of scope, not allowed. */
const refusal = (who: Who) => (who === 'anonymous' ? 401 : who === 'colleague' ? 404 : 403);
const viewStatus = (who: Who) => (mayView(who) ? 200 : refusal(who));

/** Everything any step may need, so that a refusal is never about a missing field. */
const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString();
const stepInput = () => ({
  comment: 'Probe comment.',
  reason: 'Probe reason.',
  correction: 'Probe correction.',
  publishAt: tomorrow(),
});

/** A cookie by the session's name: it gets past proxy.ts, so the page or action must refuse. */
const FORGED_SESSION = 'authjs.session-token=forged';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

let sessions: Record<Who, APIRequestContext>;
/** The author is a person added for this file: the steps below notify them, not a demo account. */
let author: NewPerson;
let authorPage: Page;
let politics: string;
/** The author's story that walks through every state, another of theirs, and a colleague's. */
let walkId: string;
let ownDraftId: string;
let colleagueDraftId: string;
let colleagueHeadline: string;

async function storyOf(browser: Browser, email: string, headline: string, password?: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  const id = await newStory(page, headline);
  return { page, id };
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  author = await addPerson(admin, 'Correspondent');
  await admin.context().close();
  const session = (email?: string, password?: string) =>
    apiSession(playwright.request, baseURL!, email, password);
  sessions = {
    anonymous: await session(),
    author: await session(author.email, author.password),
    colleague: await session(DEMO.correspondent2),
    editor: await session(DEMO.editor),
    admin: await session(DEMO.admin),
  };
  const run = unique();
  const walk = await storyOf(browser, author.email, `Authz walk ${run}`, author.password);
  authorPage = walk.page;
  walkId = walk.id;
  politics = await sectionId(authorPage, 'Politics');
  await fillStory(sessions.author, walkId, politics);
  ownDraftId = await newStory(authorPage, `Authz own draft ${run}`);
  colleagueHeadline = `Authz colleague draft ${run}`;
  const colleague = await storyOf(browser, DEMO.correspondent2, colleagueHeadline);
  colleagueDraftId = colleague.id;
  await fillStory(sessions.colleague, colleagueDraftId, politics, 'Only its author sees this.');
  await colleague.page.context().close();
});

test.afterAll(async () => {
  await authorPage?.context().close();
  for (const context of Object.values(sessions ?? {})) await context.dispose();
});

test('the hand-written rules and lib/permissions agree on every role, step and state', () => {
  const actors: Record<Exclude<Who, 'anonymous'>, Actor> = {
    author: { id: 'author', role: 'correspondent', active: true },
    colleague: { id: 'colleague', role: 'correspondent', active: true },
    editor: { id: 'editor', role: 'editor', active: true },
    admin: { id: 'admin', role: 'admin', active: true },
  };
  for (const state of STORY_STATES) {
    const scope = { state, authorIds: ['author'] };
    for (const [who, actor] of Object.entries(actors) as [Who, Actor][]) {
      expect(can(actor, 'story.view', scope), `${who} views a ${state} story`).toBe(mayView(who));
      expect(can(actor, 'story.edit', scope), `${who} edits a ${state} story`).toBe(
        mayEdit(who, state) && mayView(who),
      );
      for (const transition of TRANSITION_NAMES) {
        expect(can(actor, `story.${transition}`, scope), `${who}: ${transition} (${state})`).toBe(
          mayTake(who, transition, state),
        );
      }
      // A deactivated account may do nothing at all.
      expect(can({ ...actor, active: false }, 'story.view', scope)).toBe(false);
    }
  }
});

test('the story API answers each role as the rules say in every state, and refusals change nothing', async () => {
  test.slow(); // about 300 requests
  const url = `/api/stories/${walkId}`;

  /** Every refused call in this state, then the saves that are allowed. */
  async function probe(state: StoryState) {
    const before = await readStory(sessions.editor, walkId);
    expect(before.state).toBe(state);
    for (const who of WHO) {
      const as = sessions[who];
      const get = await as.get(url);
      expect(get.status(), `${who} GET (${state})`).toBe(viewStatus(who));
      if (get.ok()) {
        const story = (await get.json()) as StoryJson;
        expect(story.transitions, `steps offered to ${who} (${state})`).toEqual(
          TRANSITION_NAMES.filter((transition) => mayTake(who, transition, state)),
        );
        expect(story.canEdit, `${who} may edit (${state})`).toBe(mayEdit(who, state));
      }
      for (const transition of TRANSITION_NAMES) {
        if (mayTake(who, transition, state)) continue;
        const step = await as.post(`${url}/transitions`, {
          data: { transition, baseVersion: before.version, ...stepInput() },
        });
        expect(step.status(), `${who}: ${transition} (${state})`).toBe(refusal(who));
      }
      if (!mayEdit(who, state) || !mayView(who)) {
        const save = await as.put(url, {
          data: saveOf(before, { headline: `${before.meta.headline} (changed by ${who})` }),
        });
        expect(save.status(), `${who} saves (${state})`).toBe(refusal(who));
      }
    }
    const after = await readStory(sessions.editor, walkId);
    expect(after.state, `state after refusals (${state})`).toBe(state);
    expect(after.version, `version after refusals (${state})`).toBe(before.version);
    expect(after.meta).toEqual(before.meta);
    expect(after.body).toEqual(before.body);

    // Those who may edit, save: each save moves the version on by one.
    let version = before.version;
    for (const who of WHO.filter((who) => mayView(who) && mayEdit(who, state))) {
      const current = await readStory(sessions[who], walkId);
      const save = await sessions[who].put(url, {
        data: saveOf(current, { standfirst: `Saved by ${who} while ${state}.` }),
      });
      expect(save.status(), `${who} saves (${state})`).toBe(200);
      expect(((await save.json()) as { version: number }).version).toBe(++version);
    }
  }

  async function step(who: Who, transition: Transition, extra: Record<string, string> = {}) {
    const { state } = await readStory(sessions.editor, walkId);
    expect(mayTake(who, transition, state), `${who} may ${transition} (${state})`).toBe(true);
    const after = await takeStep(sessions[who], walkId, transition, extra);
    expect(after.state, `${transition} leads to`).toBe(STEPS[transition].to);
  }

  await probe('draft');
  await step('author', 'submit');
  await probe('submitted');
  await step('author', 'recall');
  await step('admin', 'submit');
  await step('editor', 'request_changes', { comment: 'Name the minister.' });
  await probe('changes_requested');
  await step('author', 'submit');
  await step('editor', 'schedule', { publishAt: tomorrow() });
  await probe('scheduled');
  await step('admin', 'unschedule');
  await step('admin', 'schedule', { publishAt: tomorrow() });
  await step('editor', 'publish');
  await probe('published');
  await step('editor', 'publish_update', { correction: 'A date was wrong.' });
  await step('admin', 'withdraw', { reason: 'Legal advice.' });
  await probe('withdrawn');
  await step('editor', 'republish');
  // Off the public site again, so that no other journey meets this story.
  await step('editor', 'withdraw', { reason: 'Kept off the site.' });
});

test('the media API: staff upload, list and describe; only editors and admins delete', async () => {
  const run = unique();
  const anonymous = sessions.anonymous;
  const item = await upload(sessions.author, { alt: `Media probe ${run}`, credit: run });
  const id = item.id;
  const reread = async () => {
    const response = await sessions.editor.get(`/api/media/${id}`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { item: typeof item }).item;
  };

  // Anonymous: every method refused, nothing changed.
  expect(
    (await anonymous.post('/api/media', { multipart: { alt: 'x', file: 'not read' } })).status(),
  ).toBe(401);
  expect((await anonymous.get('/api/media')).status()).toBe(401);
  expect((await anonymous.get(`/api/media/${id}`)).status()).toBe(401);
  expect((await anonymous.patch(`/api/media/${id}`, { data: { alt: 'Defaced' } })).status()).toBe(
    401,
  );
  expect((await anonymous.delete(`/api/media/${id}`)).status()).toBe(401);
  expect((await reread()).alt).toBe(`Media probe ${run}`);

  // Everyone on staff may list, read and describe, whoever uploaded the picture.
  for (const who of ['author', 'colleague', 'editor', 'admin'] as const) {
    const list = await sessions[who].get(`/api/media?q=${run}`);
    expect(list.status(), `${who} lists`).toBe(200);
    expect(((await list.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      id,
    ]);
    expect((await sessions[who].get(`/api/media/${id}`)).status(), `${who} reads`).toBe(200);
    const patch = await sessions[who].patch(`/api/media/${id}`, {
      data: { alt: `Described by ${who} ${run}`, caption: '', credit: run },
    });
    expect(patch.status(), `${who} describes`).toBe(200);
    expect((await reread()).alt).toBe(`Described by ${who} ${run}`);
  }

  // Correspondents may not delete, even their own upload.
  for (const who of ['author', 'colleague'] as const) {
    expect((await sessions[who].delete(`/api/media/${id}`)).status(), `${who} deletes`).toBe(403);
    expect((await reread()).alt).toBe(`Described by admin ${run}`);
  }
  // Editors and admins may; each upload below is their own new picture.
  for (const who of ['editor', 'admin'] as const) {
    const mine = await upload(sessions[who], { alt: `To delete ${who} ${run}` });
    const deleted = await sessions[who].delete(`/api/media/${mine.id}`);
    expect(deleted.status(), `${who} deletes`).toBe(204);
    expect((await sessions.editor.get(`/api/media/${mine.id}`)).status()).toBe(404);
  }
  expect((await sessions.admin.delete(`/api/media/${id}`)).status()).toBe(204);
});

test('a save captured from one correspondent, replayed by another or onto another story, is refused', async () => {
  await authorPage.goto(`/desk/stories/${ownDraftId}`);
  const captured = authorPage.waitForRequest(
    (request) => request.method() === 'PUT' && request.url().endsWith(`/api/stories/${ownDraftId}`),
  );
  // The body travels through the shared document; the details are saved through the API.
  await authorPage.getByLabel('Dateline', { exact: true }).fill('Filed from the press room');
  const save = await captured;
  await waitSaved(authorPage);
  const body = save.postDataJSON() as Record<string, unknown>;
  const own = await readStory(sessions.author, ownDraftId);
  const colleagues = await readStory(sessions.colleague, colleagueDraftId);

  // The colleague replays it as it was sent, then with the version the story is at now.
  for (const baseVersion of [body.baseVersion, own.version]) {
    const replayed = await sessions.colleague.put(`/api/stories/${ownDraftId}`, {
      data: { ...body, baseVersion, saveId: undefined },
    });
    expect(replayed.status(), 'replayed by the colleague').toBe(404);
  }
  // The author sends it to the colleague's story, at that story's version.
  const elsewhere = await sessions.author.put(`/api/stories/${colleagueDraftId}`, {
    data: { ...body, baseVersion: colleagues.version, saveId: undefined },
  });
  expect(elsewhere.status(), 'sent to another story').toBe(404);
  // Nor may the colleague take steps on it or say they have it open.
  expect(
    (
      await sessions.colleague.post(`/api/stories/${ownDraftId}/transitions`, {
        data: { transition: 'submit', baseVersion: own.version },
      })
    ).status(),
  ).toBe(404);

  const ownAfter = await readStory(sessions.author, ownDraftId);
  expect(ownAfter.version).toBe(own.version);
  expect(ownAfter.body).toEqual(own.body);
  const colleaguesAfter = await readStory(sessions.colleague, colleagueDraftId);
  expect(colleaguesAfter.version).toBe(colleagues.version);
  expect(colleaguesAfter.meta).toEqual(colleagues.meta);
  expect(colleaguesAfter.body).toEqual(colleagues.body);
});

test('extra fields in a save, a step or a description are refused, and stored fields stay', async () => {
  const own = sessions.author;
  const before = await readStory(own, ownDraftId);
  const colleagueId = await userIdOf(sessions.colleague);
  const extras: Record<string, unknown> = {
    state: 'published',
    authorId: colleagueId,
    publishedAt: new Date().toISOString(),
    version: 999,
    role: 'admin',
  };
  for (const [field, value] of Object.entries(extras)) {
    const top = await own.put(`/api/stories/${ownDraftId}`, {
      data: { ...saveOf(before), [field]: value },
    });
    expect(top.status(), `${field} beside the save`).toBe(400);
    expect(((await top.json()) as { error: { code: string } }).error.code).toBe('invalid');
    const inMeta = await own.put(`/api/stories/${ownDraftId}`, {
      data: saveOf(before, { [field]: value }),
    });
    expect(inMeta.status(), `${field} in the metadata`).toBe(400);
    const step = await own.post(`/api/stories/${ownDraftId}/transitions`, {
      data: { transition: 'recall', baseVersion: before.version, [field]: value },
    });
    expect(step.status(), `${field} in a step`).toBe(400);
  }
  const after = await readStory(own, ownDraftId);
  expect(after.state).toBe('draft');
  expect(after.version).toBe(before.version);
  expect(after.meta).toEqual(before.meta);

  // A picture's uploader, hash and size are the server's: a description cannot set them, and an
  // upload's extra fields are ignored.
  const picture = await upload(own, { alt: 'Extra fields probe', uploadedBy: 'Someone else' });
  expect(picture.uploadedBy).toBe(author.name);
  const patch = await own.patch(`/api/media/${picture.id}`, {
    data: { alt: 'Renamed', uploadedBy: colleagueId, sha256: '0'.repeat(64), width: 1 },
  });
  expect(patch.status()).toBe(400);
  const reread = (await (await own.get(`/api/media/${picture.id}`)).json()) as {
    item: { alt: string; uploadedBy: string };
  };
  expect(reread.item).toMatchObject({ alt: 'Extra fields probe', uploadedBy: picture.uploadedBy });
  expect((await sessions.admin.delete(`/api/media/${picture.id}`)).status()).toBe(204);
});

test('people-page actions replayed with an editor’s or a correspondent’s cookie are refused', async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  const creating = nextAction(page);
  const person = await addPerson(page, 'Correspondent');
  const create = await creating;
  const changing = nextAction(page);
  await page.getByLabel(`Role of ${person.name}`, { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: `Change role of ${person.name}` }).click();
  const changeRole = await changing;
  await expect(page.getByText('Role changed.')).toBeVisible();
  const personId = fieldOf(changeRole, 'userId')!;
  expect(personId).toMatch(/^[0-9a-f-]{36}$/);
  const editorId = await userIdOf(sessions.editor);

  for (const who of ['editor', 'colleague'] as const) {
    // Adding a person (a fresh address, so that only the permission can refuse it).
    const email = `e2e-replayed-${who}-${unique()}@dateline.test`;
    const created = await replay(sessions[who], withField(create, 'email', email));
    expect(created.text, `${who} adds a person`).toContain(
      'You do not have permission to do that.',
    );
    await page.goto('/desk/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
    await expect(page.getByRole('main')).not.toContainText(email);

    // Making themselves an admin, and demoting the person the admin just promoted.
    const selfPromotion = withField(withField(changeRole, 'userId', editorId), 'role', 'admin');
    expect((await replay(sessions[who], selfPromotion)).text).toContain(
      'You do not have permission to do that.',
    );
    const demotion = withField(changeRole, 'role', 'correspondent');
    expect((await replay(sessions[who], demotion)).text).toContain(
      'You do not have permission to do that.',
    );
  }
  await page.reload();
  await expect(page.getByLabel(`Role of ${person.name}`, { exact: true })).toHaveValue('editor');
  expect((await sessions.editor.get('/desk/users')).status()).toBe(403);
  expect((await sessions.editor.get('/api/stories/' + walkId)).status()).toBe(200);

  // Each refused demotion is in the admins' list, naming the person it was aimed at.
  await page.goto('/desk/refusals');
  const demotions = page.getByRole('row').filter({ hasText: person.name });
  await expect(demotions).toHaveCount(2);
  await expect(demotions.filter({ hasText: 'users.manage' })).toHaveCount(2);
  // One by the editor, one by the correspondent, each with the role they had.
  for (const role of ['editor', 'correspondent']) {
    const asRole = demotions.filter({ has: page.getByText(role, { exact: true }) });
    await expect(asRole, `refused as ${role}`).toHaveCount(1);
  }
});

test('a refused direct request is in the admins’ list of refused requests, once a minute', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, DEMO.admin);
  const person = await addPerson(page, 'Correspondent');
  const session = await apiSession(playwright.request, baseURL!, person.email, person.password);
  const picture = await upload(sessions.editor, { alt: `Refusal probe ${unique()}` });
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const refused = await session.delete(`/api/media/${picture.id}`);
      expect(refused.status(), `delete ${attempt}`).toBe(403);
    }
    // The list itself is for admins only.
    expect((await session.get('/desk/refusals')).status()).toBe(403);
    expect((await sessions.editor.get('/desk/refusals')).status()).toBe(403);

    await page.goto('/desk/refusals');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Refused requests');
    const rows = page.getByRole('row').filter({ hasText: person.name });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('media.delete');
    await expect(rows).toContainText(picture.alt);
    await expect(rows).toContainText(/correspondent/i);
  } finally {
    expect((await sessions.admin.delete(`/api/media/${picture.id}`)).status()).toBe(204);
    await session.dispose();
  }
});

test('profile and new-story actions replayed without a session are refused; extra fields are ignored', async ({
  page,
  otherPage: person,
}) => {
  await signIn(page, DEMO.admin);
  const newcomer = await addPerson(page, 'Correspondent');
  await signIn(person, newcomer.email, newcomer.password);

  await person.goto('/desk/profile');
  await person.getByLabel('Title', { exact: true }).fill('Night desk');
  const saving = nextAction(person);
  await person.getByRole('button', { name: 'Save profile' }).click();
  const profile = await saving;
  await expect(person.getByText('Profile saved.')).toBeVisible();

  // Without a session cookie the proxy sends the request to sign-in; with a forged one it reaches
  // the action, which refuses it.
  const hijack = withField(profile, 'title', 'Hijacked');
  const anonymous = await replay(sessions.anonymous, hijack);
  expect(anonymous.response.status()).toBe(307);
  expect(anonymous.response.headers().location).toMatch(/\/login\?callbackUrl=/);
  const forged = await replay(sessions.anonymous, hijack, { Cookie: FORGED_SESSION });
  expect(forged.text).toContain('Your session has ended. Sign in again.');
  await person.reload();
  await expect(person.getByLabel('Title', { exact: true })).toHaveValue('Night desk');

  // Its owner replays it with a role and an email added: the profile saves, nothing else moves.
  const escalation = withField(
    withField(withField(profile, 'role', 'admin', 'title'), 'email', DEMO.admin, 'title'),
    'title',
    'Night desk chief',
  );
  const own = await replay(person.request, escalation, { Origin: new URL(person.url()).origin });
  expect(own.text).toContain('Profile saved.');
  await person.reload();
  await expect(person.getByLabel('Title', { exact: true })).toHaveValue('Night desk chief');
  await expect(person.getByText(`Signed in as ${newcomer.email}.`)).toBeVisible();
  expect((await person.request.get('/desk/users')).status()).toBe(403);

  // A new story, replayed without a session and under another headline: nothing is created.
  await person.goto('/desk/stories/new');
  await person.getByLabel('Headline', { exact: true }).fill(`Filed by ${newcomer.name}`);
  const creating = nextAction(person);
  await person.getByRole('button', { name: 'Start writing' }).click();
  const create = await creating;
  await expect(storyBody(person)).toBeVisible();
  const headline = `Replayed story ${unique()}`;
  const replayed = await replay(sessions.anonymous, withField(create, 'headline', headline), {
    Cookie: FORGED_SESSION,
  });
  expect(replayed.text).toContain('Your session has ended. Sign in again.');
  expect(await deskListsStory(sessions.editor, headline)).toBe(false);
  expect(await deskListsStory(sessions.editor, `Filed by ${newcomer.name}`)).toBe(true);
});

test('anonymous requests never reach the desk: bypass headers, RSC requests, path variants', async ({
  playwright,
  baseURL,
}) => {
  const anonymous = sessions.anonymous;
  const story = `/desk/stories/${colleagueDraftId}`;
  const paths = [
    '/desk',
    '/desk/users',
    story,
    '/DESK',
    '/desk/',
    '/desk;x',
    '/%64esk',
    '/desk/../desk',
    '/desk/%2e%2e/desk',
    '/DESK/users',
    '/desk/users/',
    '/desk;x/users',
    '/%64esk/users',
    '/desk/%2E%2E/desk/users',
    story.toUpperCase(),
    `${story}/`,
    story.replace('/desk', '/%64esk'),
    `${story};x`,
  ];
  const headerSets: Record<string, string>[] = [
    {},
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-middleware-subrequest': 'src/middleware:middleware:proxy:src/proxy:proxy' },
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { Cookie: FORGED_SESSION },
    { Cookie: FORGED_SESSION, RSC: '1' },
  ];
  const markers = [colleagueHeadline, DEMO.admin, DEMO.editor, DEMO.correspondent, 'Sign out'];
  const raw = await playwright.request.newContext({ baseURL });
  try {
    for (const path of paths) {
      for (const headers of headerSets) {
        const response = await raw.get(path, { headers });
        const body = await response.text();
        const what = `${path} ${JSON.stringify(headers)} → ${response.status()}`;
        for (const marker of markers) expect(body, what).not.toContain(marker);
        expect(response.status(), what).not.toBe(500);
      }
    }
  } finally {
    await raw.dispose();
  }
  // The same requests from a signed-in correspondent who is not its author: still nothing.
  const colleagueStory = await sessions.author.get(story);
  expect(colleagueStory.status()).toBe(404);
  expect(await colleagueStory.text()).not.toContain(colleagueHeadline);
  expect(await (await anonymous.get('/desk')).text()).not.toContain('Sign out');
});

test('the media library names only the stories a correspondent may open', async () => {
  const run = unique();
  const picture = await upload(sessions.colleague, { alt: `Usage probe ${run}`, credit: run });
  const draft = await readStory(sessions.colleague, colleagueDraftId);
  const featured = await sessions.colleague.put(`/api/stories/${colleagueDraftId}`, {
    data: { ...saveOf(draft), meta: { ...saveOf(draft).meta, featuredMediaId: picture.id } },
  });
  expect(featured.status()).toBe(200);

  const asEditor = await sessions.editor.get(`/api/media/${picture.id}`);
  expect(await asEditor.text()).toContain(colleagueHeadline);

  const asAuthor = await sessions.author.get(`/api/media/${picture.id}`);
  expect(asAuthor.status()).toBe(200);
  const text = await asAuthor.text();
  expect(text).not.toContain(colleagueHeadline);
  expect(text).not.toContain(colleagueDraftId);
  expect(JSON.parse(text)).toMatchObject({ usedIn: [], usedElsewhere: 1 });
  const library = await sessions.author.get(`/desk/media?q=${run}`);
  expect(library.status()).toBe(200);
  const html = await library.text();
  expect(html).toContain(`Usage probe ${run}`);
  expect(html).toContain('Used in <!-- -->1 story by colleagues<!-- -->.');
  expect(html).not.toContain(colleagueHeadline);
});
