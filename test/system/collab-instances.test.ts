// Two instances sharing the co-editing documents through Redis (REDIS_URL), on one PostgreSQL
// database (ARCHITECTURE.md, "Co-editing"): an editor on A and an admin on B write one story
// together and see each other's text and carets; the store credits both; and when the admin signs
// out on A, their socket on B closes at once, not at its next session check. The nginx front of
// deploy/ passes the sockets through to either instance.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { revisionEditors, revisions, stories, users } from '@/db/schema';
import { CLOSE, MAX_CONNECTIONS_PER_USER, SESSION_RECHECK_MS } from '@/lib/collab/limits';
import { bodyToPlainText } from '@/lib/story-body';
import { fileDemoStories, type FiledStory } from '@/test/support/newsroom';
import { nginxAvailable, startFront, type RunningNginx } from '@/deploy/front';
import {
  DEMO_PASSWORD,
  EDITOR,
  seededDatabase,
  startInstance,
  type Instance,
  type SeededDatabase,
} from './instances';
import { signInOverHttp, until } from './client';
import { connectCollab, type CollabClient } from './collab-client';

const REDIS_URL = process.env.TEST_REDIS_URL;
const ADMIN = 'admin@dateline.test';

/** Signs the session out as the desk's sign-out button does (Auth.js, with its CSRF token). */
async function signOutOverHttp(origin: string, cookie: string) {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const response = await fetch(`${origin}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [cookie, csrfCookie].filter(Boolean).join('; '),
      origin,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/login' }),
  });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`sign-out answered ${response.status}`);
}

describe.skipIf(!process.env.TEST_DATABASE_URL || !REDIS_URL)(
  'co-editing on two instances through Redis',
  () => {
    const prefix = `dateline-system-${crypto.randomBytes(6).toString('hex')}:`;
    let database: SeededDatabase;
    let a: Instance;
    let b: Instance;
    let story: FiledStory;
    let editorCookie: string;
    let adminCookie: string;
    let front: RunningNginx | undefined;
    const FRONT_PORT = 3634;
    const clients: CollabClient[] = [];

    beforeAll(async () => {
      database = await seededDatabase();
      story = (await fileDemoStories(database.handle.db, 1, 'Shared Dispatch'))[0]!;
      const common = {
        databaseUrl: database.url,
        env: { REDIS_URL: REDIS_URL!, REDIS_KEY_PREFIX: prefix },
      };
      [a, b] = await Promise.all([
        startInstance({ ...common, name: 'collab-A', port: 3632 }),
        startInstance({ ...common, name: 'collab-B', port: 3633 }),
      ]);
      editorCookie = await signInOverHttp(a.origin, EDITOR, DEMO_PASSWORD);
      adminCookie = await signInOverHttp(b.origin, ADMIN, DEMO_PASSWORD);
      if (nginxAvailable()) {
        front = await startFront(FRONT_PORT, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]);
      }
    });

    afterAll(async () => {
      for (const client of clients) client.close();
      await front?.stop();
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.drop();
      if (REDIS_URL) {
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
      }
    });

    async function idOf(email: string) {
      const [user] = await database.handle.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, email));
      return user!.id;
    }

    it('lets people on different instances write one story and see each other', async () => {
      const onA = connectCollab(a.origin, editorCookie, story.id, { name: 'Editor on A' });
      const onB = connectCollab(b.origin, adminCookie, story.id, { name: 'Admin on B' });
      clients.push(onA, onB);
      await until('both synced', () => onA.events.synced && onB.events.synced, {
        timeoutMs: 15_000,
      });
      onA.provider.setAwarenessField('cursor', { anchor: 3, head: 3 });
      onB.provider.setAwarenessField('cursor', { anchor: 7, head: 9 });
      onA.type(' Typed on A.');
      onB.type(' Typed on B.');
      await until(
        'each sees the other’s text',
        () =>
          onA.text() === onB.text() &&
          onA.text().includes('Typed on A.') &&
          onA.text().includes('Typed on B.'),
        { timeoutMs: 10_000 },
      );
      await until(
        'each sees the other’s name and caret',
        () =>
          onA
            .others()
            .some(
              (state) =>
                (state.user as { name?: string } | undefined)?.name === 'Admin on B' &&
                (state.cursor as { head?: number } | undefined)?.head === 9,
            ) &&
          onB
            .others()
            .some(
              (state) =>
                (state.user as { name?: string } | undefined)?.name === 'Editor on A' &&
                (state.cursor as { head?: number } | undefined)?.head === 3,
            ),
        { timeoutMs: 10_000 },
      );

      // Stored once both acknowledged: the working revision holds both, credited to both.
      await until('both acknowledged', () => onA.acknowledged() && onB.acknowledged());
      const shared = onA.text();
      const working = async () => {
        const [row] = await database.handle.db
          .select({ id: revisions.id, body: revisions.body })
          .from(stories)
          .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
          .where(eq(stories.id, story.id));
        return row!;
      };
      await until('stored', async () => bodyToPlainText((await working()).body) === shared, {
        timeoutMs: 15_000,
      });
      const credited = await database.handle.db
        .select({ userId: revisionEditors.userId })
        .from(revisionEditors)
        .where(eq(revisionEditors.revisionId, (await working()).id));
      expect(credited.map(({ userId }) => userId).sort()).toEqual(
        [await idOf(EDITOR), await idOf(ADMIN)].sort(),
      );
    });

    it.skipIf(!nginxAvailable())('passes co-editing sockets through the nginx front', async () => {
      const via = `http://127.0.0.1:${FRONT_PORT}`;
      const direct = connectCollab(a.origin, editorCookie, story.id);
      const first = connectCollab(via, editorCookie, story.id);
      const second = connectCollab(via, adminCookie, story.id);
      clients.push(direct, first, second);
      await until(
        'all synced',
        () => direct.events.synced && first.events.synced && second.events.synced,
        { timeoutMs: 15_000 },
      );
      first.type(' Through the front.');
      second.type(' Also through it.');
      await until(
        'everyone sees both',
        () =>
          [direct, first, second].every(
            (client) =>
              client.text().includes('Through the front.') &&
              client.text().includes('Also through it.'),
          ),
        { timeoutMs: 10_000 },
      );
    });

    it('counts a person’s sockets on every instance against their limit', async () => {
      const cookie = await signInOverHttp(a.origin, 'correspondent@dateline.test', DEMO_PASSWORD);
      const onA = Array.from({ length: MAX_CONNECTIONS_PER_USER }, () =>
        connectCollab(a.origin, cookie, story.id),
      );
      clients.push(...onA);
      await until('all synced on A', () => onA.every((client) => client.events.synced), {
        timeoutMs: 15_000,
      });
      const refused = connectCollab(b.origin, cookie, story.id);
      clients.push(refused);
      await until('refused on B', () => refused.events.closes.length > 0, { timeoutMs: 10_000 });
      expect(refused.events.synced).toBe(false);
      refused.close();
      // One closed on A: B lets the next one in.
      onA[0]!.close();
      const next = connectCollab(b.origin, cookie, story.id);
      clients.push(next);
      await until('let in on B', () => next.events.synced, { timeoutMs: 15_000 });
    });

    it('closes a person’s socket on B when their session ends on A', async () => {
      const onB = connectCollab(b.origin, adminCookie, story.id);
      clients.push(onB);
      await until('synced', () => onB.events.synced, { timeoutMs: 15_000 });
      await signOutOverHttp(a.origin, adminCookie);
      // Well before B's own session check would find it.
      await until(
        'the socket on B closed',
        () => onB.events.closes.some(({ code }) => code === CLOSE.sessionEnded.code),
        { timeoutMs: SESSION_RECHECK_MS / 2 },
      );
    });
  },
);
