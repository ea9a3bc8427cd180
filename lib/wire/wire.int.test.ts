import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import type { Actor } from '@/lib/permissions';
import { publicStoryBySlug } from '@/lib/public/stories';
import { loadEditorState, saveStory } from '@/lib/services/stories';
import { answerWire } from './api';
import { createPartner, revokePartner, rotateKey } from './partners';
import { ninjsValidator, readyStory, startReceiver, step, until } from './testing';
import { startWireWorker } from './worker';

process.env.WEBHOOK_ALLOW_PRIVATE = '1';
process.env.WIRE_SECRET_KEY = 'a wire key for the tests, long enough';

const validate = ninjsValidator();

describe.each(testDatabaseKinds)('the wire on %s', (kind) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let editor: Actor;
  let author: Actor;
  let politics: string;
  let sport: string;
  let stopWorker: () => Promise<void>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    admin = await createTestStaff(handle, 'admin');
    editor = await createTestStaff(handle, 'editor');
    author = await createTestStaff(handle, 'correspondent');
    politics = await createTestSection(handle, `politics-${kind}`, 'Politics');
    sport = await createTestSection(handle, `sport-${kind}`, 'Sport');
    stopWorker = startWireWorker(async () => handle.db, { intervalMs: 20, retryBaseMs: 20 });
  });
  afterAll(async () => {
    await stopWorker();
    await handle.close();
  });

  const api = async (key: string, path: string) => {
    const answer = await answerWire(handle.db, {
      method: 'GET',
      url: new URL(`http://wire.test/api/wire/v1/${path}`),
      authorization: `Bearer ${key}`,
    });
    return { ...answer, body: JSON.parse(answer.text) as unknown };
  };

  const eventsOf = (receiver: Awaited<ReturnType<typeof startReceiver>>, storyId: string) =>
    receiver
      .accepted()
      .map((entry) => ({ ...entry, payload: JSON.parse(entry.body) }))
      .filter((entry) => entry.payload.data.uri === `urn:dateline:story:${storyId}`);

  it('sends publish, a correction and a withdrawal, signed, and serves the same items', async () => {
    const receiver = await startReceiver();
    const { apiKey, webhookSecret } = await createPartner(handle.db, admin, {
      name: 'Gazette',
      webhookUrl: receiver.url,
    });
    const id = await readyStory(handle.db, author, politics);
    await step(handle.db, editor, id, 'publish');
    const state = await loadEditorState(handle.db, editor, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, editor, id, {
      baseVersion: state.version,
      meta: { ...meta, headline: `${meta.headline} (corrected)` },
      body: state.body,
    });
    await step(handle.db, editor, id, 'publish_update', {
      correction: 'An earlier version gave the wrong day.',
    });
    await step(handle.db, editor, id, 'withdraw', { reason: 'Legal advice.' });

    const events = await until(() => {
      const got = eventsOf(receiver, id);
      return got.length === 3 && got;
    }, 'three deliveries');
    const verifier = new Webhook(webhookSecret);
    for (const event of events) {
      expect(() => verifier.verify(event.body, event.headers)).not.toThrow();
      expect(validate(event.payload.data)).toBeNull();
    }
    expect(events.map((event) => event.payload.type)).toEqual([
      'story.published',
      'story.updated',
      'story.withdrawn',
    ]);
    expect(events.map((event) => event.payload.data.version)).toEqual(['1', '2', '3']);
    expect(events[1]!.payload.correction).toBe(true);
    expect(events[1]!.payload.data.ednote).toContain('wrong day');
    expect(events[2]!.payload.data.pubstatus).toBe('canceled');
    const published = events[0]!.payload.data;
    expect(published).toMatchObject({
      pubstatus: 'usable',
      urgency: 5,
      located: 'Geneva',
      language: 'en',
      descriptions: [{ role: 'summary', value: 'A first meeting.' }],
      subjects: [expect.objectContaining({ name: 'Politics', rel: 'section' })],
      people: [expect.objectContaining({ rel: 'author' })],
    });
    expect(published.bodies[0].value).toContain('<p>The committee met');
    expect(published.bodies[0].wordcount).toBe(9);

    const one = await api(apiKey, `items/${id}`);
    expect(one.status).toBe(200);
    expect(validate(one.body)).toBeNull();
    expect(one.body).toMatchObject({ version: '3', pubstatus: 'canceled' });
    const list = await api(apiKey, 'items?limit=50');
    const items = (list.body as { items: { uri: string; version: string }[] }).items;
    for (const item of items) expect(validate(item)).toBeNull();
    expect(items.filter((item) => item.uri.endsWith(id)).map((item) => item.version)).toEqual([
      '1',
      '2',
      '3',
    ]);
    await receiver.close();
  });

  it('gives an embargoed story only to the partner that takes embargoes, and readers nothing', async () => {
    const early = await startReceiver();
    const plain = await startReceiver();
    const embargoed = await createPartner(handle.db, admin, {
      name: 'Early Bird',
      webhookUrl: early.url,
      receivesEmbargoed: true,
    });
    const other = await createPartner(handle.db, admin, { name: 'Daily', webhookUrl: plain.url });
    const id = await readyStory(handle.db, author, politics);
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    await step(handle.db, editor, id, 'schedule', { publishAt });

    const [event] = await until(() => {
      const got = eventsOf(early, id);
      return got.length > 0 && got;
    }, 'the embargoed delivery');
    expect(event!.payload.data.embargoed).toBe(new Date(publishAt).toISOString());
    expect(validate(event!.payload.data)).toBeNull();
    const item = await api(embargoed.apiKey, `items/${id}`);
    expect(item.body).toMatchObject({ embargoed: new Date(publishAt).toISOString() });
    expect((await api(other.apiKey, `items/${id}`)).status).toBe(404);
    const list = (await api(other.apiKey, 'items?limit=100')).body as { items: { uri: string }[] };
    expect(list.items.some((entry) => entry.uri.endsWith(id))).toBe(false);
    const [row] = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from stories where id = ${id}`,
    );
    expect(await publicStoryBySlug(handle.db, row!.slug)).toBeNull();
    // Give the worker time to have sent anything it would send, then look at the other receiver.
    await until(async () => {
      const [pending] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from wire_deliveries where status = 'pending'`,
      );
      return pending!.n === 0;
    }, 'an empty outbox');
    expect(eventsOf(plain, id)).toHaveLength(0);
    await Promise.all([early.close(), plain.close()]);
  });

  it('never shows a partner a section it does not take', async () => {
    const receiver = await startReceiver();
    const { apiKey } = await createPartner(handle.db, admin, {
      name: 'Sports Desk',
      webhookUrl: receiver.url,
      sectionIds: [sport],
    });
    const politicsStory = await readyStory(handle.db, author, politics);
    const sportStory = await readyStory(handle.db, author, sport);
    await step(handle.db, editor, politicsStory, 'publish');
    await step(handle.db, editor, sportStory, 'publish');
    await until(() => eventsOf(receiver, sportStory).length === 1, 'the sport story');
    expect((await api(apiKey, `items/${politicsStory}`)).status).toBe(404);
    const list = (await api(apiKey, 'items?limit=100')).body as { items: { subjects: unknown }[] };
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) {
      expect(item.subjects).toContainEqual(expect.objectContaining({ name: 'Sport' }));
    }
    expect(eventsOf(receiver, politicsStory)).toHaveLength(0);
    await receiver.close();
  });

  it('tells a partner of the old section that a story moved out of it, and no one else', async () => {
    const sportOnly = await startReceiver();
    const everything = await startReceiver();
    const { apiKey } = await createPartner(handle.db, admin, {
      name: 'Sports Weekly',
      webhookUrl: sportOnly.url,
      sectionIds: [sport],
    });
    await createPartner(handle.db, admin, { name: 'Daily', webhookUrl: everything.url });
    const id = await readyStory(handle.db, author, sport);
    await step(handle.db, editor, id, 'publish');
    const state = await loadEditorState(handle.db, editor, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, editor, id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId: politics },
      body: state.body,
    });
    await step(handle.db, editor, id, 'publish_update');

    const moved = await until(() => {
      const got = eventsOf(sportOnly, id);
      return got.length === 2 && got;
    }, 'the sport partner told of the move');
    expect(moved.map((event) => event.payload.type)).toEqual([
      'story.published',
      'story.withdrawn',
    ]);
    const withdrawal = moved[1]!.payload.data;
    expect(validate(withdrawal)).toBeNull();
    expect(withdrawal).toMatchObject({ version: '2', pubstatus: 'canceled' });
    expect(withdrawal.ednote).toBe('Moved out of Sport.');
    expect((await api(apiKey, `items/${id}`)).body).toMatchObject({ pubstatus: 'canceled' });

    const all = await until(() => {
      const got = eventsOf(everything, id);
      return got.length === 2 && got;
    }, 'the partner of every section');
    expect(all.map((event) => event.payload.type)).toEqual(['story.published', 'story.updated']);
    expect(all[1]!.payload.data).toMatchObject({ version: '3', pubstatus: 'usable' });
    await Promise.all([sportOnly.close(), everything.close()]);
  });

  it('answers 401 to a revoked key and keeps a rotated key for its grace period', async () => {
    const { partner, apiKey } = await createPartner(handle.db, admin, { name: 'Herald' });
    expect((await api(apiKey, 'items')).status).toBe(200);
    const { apiKey: newKey } = await rotateKey(handle.db, admin, partner.id);
    expect((await api(apiKey, 'items')).status).toBe(200);
    expect((await api(newKey, 'items')).status).toBe(200);
    await revokePartner(handle.db, admin, partner.id);
    expect((await api(apiKey, 'items')).status).toBe(401);
    expect((await api(newKey, 'items')).status).toBe(401);
    expect((await api('dlw_not-a-key-at-all', 'items')).status).toBe(401);
    const [audit] = await queryRows<{ actions: string[] }>(
      handle.db,
      sql`select array_agg(action order by id) as actions from audit_log where subject_id = ${partner.id}`,
    );
    expect(audit!.actions).toEqual([
      'wire.partner_create',
      'wire.key_rotate',
      'wire.partner_revoke',
    ]);
  });

  it('answers 429 with Retry-After past the rate limit, per key', async () => {
    const first = await createPartner(handle.db, admin, { name: 'Busy' });
    const second = await createPartner(handle.db, admin, { name: 'Quiet' });
    process.env.WIRE_RATE_LIMIT = '3';
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await api(first.apiKey, 'items')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await api(first.apiKey, 'items');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect((await api(second.apiKey, 'items')).status).toBe(200);
    } finally {
      delete process.env.WIRE_RATE_LIMIT;
    }
  });

  it('refuses partners to anyone but an admin', async () => {
    await expect(createPartner(handle.db, editor, { name: 'Nope' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
