// Co-editing servers sharing documents through a real Redis (TEST_REDIS_URL), in one process on
// each kind of database: two servers stand for two instances. People on each write one story;
// and with Redis gone (a TCP proxy cut between it and the servers), a story still opens, takes
// changes and is stored (ARCHITECTURE.md, "Co-editing").
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { encode } from 'next-auth/jwt';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import { connectCollab, type CollabClient } from '@/test/system/collab-client';
import { startTcpProxy, type TcpProxy } from '@/test/system/tcp-proxy';
import type { DatabaseHandle } from '@/db/open';
import { revisions, stories, users } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { bodyToPlainText } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { collabRedis } from './redis';
import { createCollabServer, type CollabServer } from './server';

process.env.AUTH_SECRET ??= 'a test secret that is long enough for the session key';
const REDIS_URL = process.env.TEST_REDIS_URL;
/** The proxy between the servers and Redis listens on a known port, so it can stop and start. */
const PROXY_PORTS = { pglite: 3325, postgres: 3326 } as const;

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.skipIf(!REDIS_URL).each(testDatabaseKinds)('co-editing through Redis on %s', (kind) => {
  const prefix = `dateline-test-${crypto.randomBytes(6).toString('hex')}:`;
  let handle: DatabaseHandle;
  let proxy: TcpProxy;
  const servers: { collab: CollabServer; http: http.Server; origin: string }[] = [];
  const clients: CollabClient[] = [];
  let author: Actor;
  let editor: Actor;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    [author, editor] = await Promise.all([
      createTestStaff(handle, 'correspondent'),
      createTestStaff(handle, 'editor'),
    ]);
    const redis = new URL(REDIS_URL!);
    proxy = await startTcpProxy({
      port: PROXY_PORTS[kind],
      target: { host: redis.hostname, port: Number(redis.port) || 6379 },
    });
    const through = new URL(REDIS_URL!);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    for (let i = 0; i < 2; i += 1) {
      const collab = createCollabServer({
        db: async () => handle.db,
        redis: collabRedis(through.toString(), prefix),
      });
      const server = http.createServer((_request, response) => response.writeHead(404).end());
      server.on('upgrade', (request, socket, head) => {
        if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      servers.push({ collab, http: server, origin });
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    for (const { collab, http: server } of servers) {
      await collab.close();
      await new Promise((resolve) => server.close(resolve));
    }
    await proxy?.close();
    await handle?.close();
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  async function cookieOf(actor: Actor) {
    const [row] = await handle.db
      .select({ sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, actor.id));
    const salt = 'authjs.session-token';
    const token = await encode({
      token: { sub: actor.id, sv: row!.sv },
      secret: process.env.AUTH_SECRET!,
      salt,
    });
    return `${salt}=${token}`;
  }

  async function connect(actor: Actor, storyId: string, server: number) {
    const client = connectCollab(servers[server]!.origin, await cookieOf(actor), storyId);
    clients.push(client);
    return client;
  }

  async function storyWith(text: string) {
    const { id } = await createStory(handle.db, author, { headline: 'Ferry Strike Ends' });
    const state = await loadEditorState(handle.db, author, id);
    await saveStory(handle.db, author, id, {
      baseVersion: state.version,
      meta: state.meta,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    });
    return id;
  }

  async function workingText(storyId: string) {
    const [row] = await handle.db
      .select({ body: revisions.body })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .where(eq(stories.id, storyId));
    return bodyToPlainText(row!.body);
  }

  it('lets people on two servers write one story, stored once with both edits', async () => {
    const id = await storyWith('Boats sail.');
    const a = await connect(author, id, 0);
    const b = await connect(editor, id, 1);
    await until('synced', () => a.events.synced && b.events.synced);
    a.type(' From one.');
    await until('seen on the other', () => b.text() === 'Boats sail. From one.');
    b.type(' From two.');
    await until('seen back', () => a.text() === 'Boats sail. From one. From two.');
    await until('stored', async () => (await workingText(id)) === a.text());
  });

  it('opens, takes and stores a story while Redis is away', async () => {
    const id = await storyWith('Quiet harbour.');
    await proxy.cut();
    try {
      const a = await connect(author, id, 0);
      await until('synced without Redis', () => a.events.synced);
      a.type(' Still writing.');
      await until('acknowledged', () => a.acknowledged());
      await until(
        'stored without Redis',
        async () => (await workingText(id)) === 'Quiet harbour. Still writing.',
      );
    } finally {
      await proxy.restore();
    }
    // Back: the servers share again.
    const other = await storyWith('Back again.');
    const a = await connect(author, other, 0);
    const b = await connect(editor, other, 1);
    await until('synced', () => a.events.synced && b.events.synced);
    a.type(' Shared.');
    await until('shared again', () => b.text() === 'Back again. Shared.', 20_000);
    expect(a.text()).toBe(b.text());
  });
});
