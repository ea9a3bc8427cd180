// One app instance whose database connections go through a TCP proxy (tcp-proxy.ts), so the
// tests can take PostgreSQL away, bring it back, slow it down and kill the server, and check what
// an operator and an editor are promised: readers keep getting cached pages, the instance comes
// back by itself, and no save the server acknowledged is ever lost.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { revisions, stories } from '@/db/schema';
import { fileDemoStories, type FiledStory } from '@/test/support/newsroom';
import {
  DEMO_PASSWORD,
  EDITOR,
  seededDatabase,
  startInstance,
  throughPort,
  type Instance,
  type SeededDatabase,
} from './instances';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import {
  AutosaveClient,
  counterOf,
  getPage,
  healthStatus,
  loadStory,
  signInOverHttp,
  takeStep,
  until,
} from './client';

const APP_PORT = 3611;
const PROXY_PORT = 3651;

describe.skipIf(!process.env.TEST_DATABASE_URL)('one instance, PostgreSQL behind a proxy', () => {
  let database: SeededDatabase;
  let proxy: TcpProxy;
  let app: Instance;
  let cookie: string;
  let story: FiledStory;
  let article: string;

  beforeAll(async () => {
    database = await seededDatabase();
    const server = new URL(database.url);
    proxy = await startTcpProxy({
      port: PROXY_PORT,
      target: { host: server.hostname, port: Number(server.port || 5432) },
    });
    story = (await fileDemoStories(database.handle.db, 1, 'Fault Dispatch'))[0]!;
    app = await startInstance({
      name: 'faults',
      port: APP_PORT,
      databaseUrl: throughPort(database.url, PROXY_PORT),
    });
    cookie = await signInOverHttp(app.origin, EDITOR, DEMO_PASSWORD);
    // A live article for the cache, and a story the editor then keeps saving.
    const published = await takeStep(app.origin, cookie, story.id, {
      transition: 'publish',
      baseVersion: story.version,
    });
    story.version = published.version;
    article = `/news/${published.slug}`;
  });

  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await database?.drop();
  });

  /** What the database holds for the story: its version and the counter of its working copy. */
  async function stored() {
    const [row] = await database.handle.db
      .select({ version: stories.version, body: revisions.body })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .where(eq(stories.id, story.id));
    return { version: row!.version, counter: counterOf(row!.body) };
  }

  async function autosaver() {
    const { version, meta } = await loadStory(app.origin, cookie, story.id);
    return new AutosaveClient(app.origin, cookie, story.id, meta, version);
  }

  async function warmCache(paths: string[]) {
    for (const path of paths) {
      await getPage(app.origin, path);
      expect((await getPage(app.origin, path)).cache).toBe('hit');
    }
  }

  it('keeps serving cached pages while PostgreSQL is away, and recovers by itself', async () => {
    await warmCache(['/', article]);
    const client = await autosaver();
    const saveId = crypto.randomUUID();
    await proxy.cut();
    try {
      const down = await until('health 503', async () => (await healthStatus(app.origin)) === 503);
      console.log(`database cut: /api/health answered 503 after ${down} ms`);
      for (const path of ['/', article]) {
        const page = await getPage(app.origin, path);
        expect(page.status, path).toBe(200);
        expect(page.cache, path).toBe('hit');
      }
      // A save with a good session is an outage (503, which the editor retries), not a
      // "sign in again" (401, which would stop its autosave).
      const refused = await client.save(1, saveId);
      expect(refused).toMatchObject({ kind: 'failed', detail: expect.stringMatching(/^503 /) });
    } finally {
      await proxy.restore();
    }
    const recovered = await until(
      'health 200 after the database came back',
      async () => (await healthStatus(app.origin)) === 200,
      { timeoutMs: 15_000 },
    );
    console.log(`database restored: /api/health answered 200 after ${recovered} ms`);
    expect((await client.save(1, saveId)).kind).toBe('saved');
  });

  it('loses no acknowledged save when the connection is cut mid-autosave', async () => {
    const client = await autosaver();
    client.start();
    await until('five acknowledged saves', () => client.acknowledgements >= 5);
    await proxy.cut();
    try {
      await until(
        'saves failing while the database is away',
        () => client.failures >= 3 || client.refusals.length > 0,
      );
    } finally {
      await proxy.restore();
    }
    // A failure is answered as one (the editor retries), never as a refusal: a 401 or a 409
    // would stop the editor's autosave.
    expect(client.refusals).toEqual([]);
    const acknowledgedBefore = client.acknowledgements;
    const resumed = await until(
      'saves acknowledged again',
      () => client.acknowledgements >= acknowledgedBefore + 5,
      { timeoutMs: 15_000 },
    );
    await client.stop();
    console.log(
      `autosave across a cut: ${client.acknowledgements} acknowledged, ${client.failures} ` +
        `failed and retried; saving again ${resumed} ms after the database came back`,
    );
    expect(client.refusals).toEqual([]);
    const last = client.acknowledged!;
    const now = await stored();
    expect(now.counter).toBeGreaterThanOrEqual(last.counter);
    expect(now.version).toBeGreaterThanOrEqual(last.version);
  });

  it('keeps the last acknowledged save when the server is killed mid-autosave', async () => {
    const client = await autosaver();
    client.start();
    await until('five acknowledged saves', () => client.acknowledgements >= 5);
    await app.kill();
    const last = client.acknowledged!;
    // The database has the last acknowledged save, or the one in flight when the server died.
    const afterKill = await stored();
    expect(afterKill.counter).toBeGreaterThanOrEqual(last.counter);
    expect(afterKill.counter).toBeLessThanOrEqual(last.counter + 1);
    expect(afterKill.version).toBeGreaterThanOrEqual(last.version);

    const started = performance.now();
    await app.restart();
    const restartMs = Math.round(performance.now() - started);
    // The same session goes on working, and the editor's retry of the interrupted save is
    // answered as saved even when it had reached the database before the kill.
    const acknowledgedAtKill = client.acknowledgements;
    await until('saves acknowledged after the restart', () => {
      return client.acknowledgements >= acknowledgedAtKill + 3;
    });
    await client.stop();
    expect(client.refusals).toEqual([]);
    console.log(
      `SIGKILL mid-autosave: last acknowledged save ${last.counter} was stored; the server ` +
        `was healthy again ${restartMs} ms after its restart began`,
    );
    const final = await stored();
    expect(final.counter).toBeGreaterThanOrEqual(client.acknowledged!.counter);
  });

  it('answers cached pages at once when the database is slow', async () => {
    await warmCache(['/', article]);
    proxy.setLatency(400);
    try {
      const cached = [];
      for (const path of ['/', article]) {
        const page = await getPage(app.origin, path, 2_000);
        expect(page.status, path).toBe(200);
        expect(page.cache, path).toBe('hit');
        cached.push(`${path === '/' ? 'front page' : 'article'} ${page.ms} ms`);
      }
      // A page no one asked for yet must be rendered, through the slow link.
      const uncached = await getPage(app.origin, `/search?q=slow+${Date.now()}`, 60_000);
      expect(uncached.status).toBe(200);
      expect(uncached.cache).toBe('miss');
      expect(uncached.ms).toBeGreaterThan(400);
      console.log(
        `database 400 ms away each way: cached ${cached.join(', ')}; ` +
          `uncached search ${uncached.ms} ms`,
      );
    } finally {
      proxy.setLatency(0);
    }
  });
});
