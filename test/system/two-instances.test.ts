// Two app instances, A and B, on one PostgreSQL database, as behind a load balancer: what one
// instance changes, the other serves (through the page_invalidations outbox, not a shared cache);
// the in-server schedulers of both publish each due story exactly once; and the sign-in throttle
// counts attempts made on either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, inArray, sql } from 'drizzle-orm';
import { queryRows } from '@/db/open';
import { auditLog, stories } from '@/db/schema';
import { fileDemoStories, type FiledStory } from '@/test/support/newsroom';
import { THROTTLE } from '@/lib/auth/throttle';
import { transitionStory } from '@/lib/services/workflow';
import {
  DEMO_PASSWORD,
  EDITOR,
  demoActor,
  seededDatabase,
  startInstance,
  type Instance,
  type SeededDatabase,
} from './instances';
import { getPage, signInOverHttp, takeStep, until } from './client';

const VISIBLE_WITHIN_MS = 5_000;
const SCHEDULED = 10;

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one database', () => {
  let database: SeededDatabase;
  let a: Instance;
  let b: Instance;
  let filed: FiledStory[];
  let editorCookie: string;

  beforeAll(async () => {
    database = await seededDatabase();
    filed = await fileDemoStories(database.handle.db, 1 + SCHEDULED, 'System Dispatch');
    const common = {
      databaseUrl: database.url,
      scheduler: true,
      env: { SCHEDULER_INTERVAL_MS: '200' },
    };
    [a, b] = await Promise.all([
      startInstance({ ...common, name: 'A', port: 3601 }),
      startInstance({ ...common, name: 'B', port: 3602 }),
    ]);
    editorCookie = await signInOverHttp(a.origin, EDITOR, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('serves the front page from each instance’s cache', async () => {
    for (const instance of [a, b]) {
      const first = await getPage(instance.origin, '/');
      expect(first.status).toBe(200);
      const second = await getPage(instance.origin, '/');
      expect(second.status).toBe(200);
      expect(second.cache).toBe('hit');
    }
  });

  it('shows on B, within the limit, a story an editor published on A', async () => {
    const story = filed[0]!;
    // B has the front page and the story's (missing) article in its cache before the change.
    const before = await getPage(b.origin, `/news/${story.slug}`);
    expect(before.status).toBe(404);
    expect((await getPage(b.origin, `/news/${story.slug}`)).cache).toBe('hit');
    expect((await getPage(b.origin, '/')).text).not.toContain(`/news/${story.slug}`);

    const started = performance.now();
    const published = await takeStep(a.origin, editorCookie, story.id, {
      transition: 'publish',
      baseVersion: story.version,
    });
    expect(published.state).toBe('published');
    story.version = published.version;
    const waited = await until(
      'the story on B’s front page and article page',
      async () => {
        const [front, article] = await Promise.all([
          getPage(b.origin, '/'),
          getPage(b.origin, `/news/${story.slug}`),
        ]);
        return article.status === 200 && front.text.includes(`/news/${story.slug}`);
      },
      { timeoutMs: VISIBLE_WITHIN_MS },
    );
    console.log(
      `publish on A visible on B in ${Math.round(performance.now() - started)} ms ` +
        `(${waited} ms of polling after the publish request answered)`,
    );
  });

  it('answers 410 on A for a story withdrawn on B, with the session signed in on A', async () => {
    const story = filed[0]!;
    const live = await getPage(a.origin, `/news/${story.slug}`);
    expect(live.status).toBe(200);
    expect((await getPage(a.origin, `/news/${story.slug}`)).cache).toBe('hit');

    const started = performance.now();
    // Instances share AUTH_SECRET, so A's session cookie is good on B (B's own address as Origin).
    const withdrawn = await takeStep(b.origin, editorCookie, story.id, {
      transition: 'withdraw',
      baseVersion: story.version,
      reason: 'System test: withdrawn on the other instance.',
    });
    expect(withdrawn.state).toBe('withdrawn');
    await until(
      'a 410 from A',
      async () => (await getPage(a.origin, `/news/${story.slug}`)).status === 410,
      { timeoutMs: VISIBLE_WITHIN_MS },
    );
    console.log(
      `withdrawal on B answered 410 on A in ${Math.round(performance.now() - started)} ms`,
    );
  });

  it('publishes each scheduled story exactly once with both schedulers running', async () => {
    const { db } = database.handle;
    const editor = await demoActor(database.handle, EDITOR);
    const due = filed.slice(1);
    const ids = due.map((story) => story.id);
    for (const story of due) {
      // Due within two seconds, each a little after the one before.
      await transitionStory(db, editor, story.id, {
        transition: 'schedule',
        baseVersion: story.version,
        publishAt: new Date(Date.now() + 1_500).toISOString(),
      });
    }

    const waited = await until(
      `all ${SCHEDULED} scheduled stories published`,
      async () => {
        const rows = await db
          .select({ state: stories.state })
          .from(stories)
          .where(inArray(stories.id, ids));
        return rows.every((row) => row.state === 'published');
      },
      { timeoutMs: 15_000, everyMs: 100 },
    );

    const actions = ['story.publish', 'story.scheduled_publication'];
    const audits = await db
      .select({ action: auditLog.action, subjectId: auditLog.subjectId, n: count() })
      .from(auditLog)
      .where(and(inArray(auditLog.action, actions), inArray(auditLog.subjectId, ids)))
      .groupBy(auditLog.action, auditLog.subjectId);
    for (const id of ids) {
      for (const action of actions) {
        const row = audits.find((audit) => audit.subjectId === id && audit.action === action);
        expect(row?.n, `${action} rows for ${id}`).toBe(1);
      }
    }
    // Each instance says what its scheduler published once its batch is over.
    const publishedBy = (instance: Instance) =>
      ids.filter((id) => instance.output().includes(`scheduler published ${id}`));
    await until(
      'both schedulers reporting',
      () => publishedBy(a).length + publishedBy(b).length >= SCHEDULED,
    );
    const [byA, byB] = [publishedBy(a), publishedBy(b)];
    expect(byA.filter((id) => byB.includes(id))).toEqual([]);
    console.log(
      `scheduler: ${SCHEDULED} stories published ${waited} ms after scheduling began ` +
        `(A published ${byA.length}, B ${byB.length})`,
    );
  });

  it('counts sign-in attempts on A and B against one limit', async () => {
    const email = 'correspondent2@dateline.test';
    // The right password works before the lock (and a success starts the count afresh).
    await signInOverHttp(b.origin, email, DEMO_PASSWORD);
    const { limit } = THROTTLE.account;
    for (let attempt = 0; attempt < limit; attempt++) {
      const instance = attempt % 2 === 0 ? a : b;
      await expect(signInOverHttp(instance.origin, email, 'not the password')).rejects.toThrow(
        /sign-in as .* failed/,
      );
    }
    // Locked: the right password gets no session on either instance.
    for (const instance of [a, b]) {
      await expect(signInOverHttp(instance.origin, email, DEMO_PASSWORD)).rejects.toThrow(
        /sign-in as .* failed/,
      );
    }
    const [row] = await queryRows<{ failures: number }>(
      database.handle.db,
      sql`select failures from sign_in_throttles where key = ${`account:${email}`}`,
    );
    expect(row?.failures).toBe(limit + 2);
  });
});
