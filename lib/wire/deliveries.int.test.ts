import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { openDatabase, queryRows, type DatabaseHandle } from '@/db/open';
import type { Actor } from '@/lib/permissions';
import { sendAgain } from './desk';
import { createPartner, revokePartner } from './partners';
import { readyStory, startReceiver, step, until } from './testing';
import { startWireWorker } from './worker';

process.env.WEBHOOK_ALLOW_PRIVATE = '1';
process.env.WIRE_SECRET_KEY = 'a wire key for the tests, long enough';

/** A second connection to the same database, as another instance would have. */
async function secondInstance(handle: DatabaseHandle, kind: string): Promise<DatabaseHandle> {
  if (kind === 'pglite') return { ...handle, close: async () => {} };
  const [row] = await queryRows<{ name: string }>(
    handle.db,
    sql`select current_database() as name`,
  );
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return openDatabase({ kind: 'postgres', url: url.toString() });
}

describe.each(testDatabaseKinds)('webhook deliveries on %s', (kind) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let editor: Actor;
  let author: Actor;
  let sectionId: string;
  const partners: string[] = [];
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    admin = await createTestStaff(handle, 'admin');
    editor = await createTestStaff(handle, 'editor');
    author = await createTestStaff(handle, 'correspondent');
    sectionId = await createTestSection(handle, `world-${kind}`, 'World');
  });
  afterAll(() => handle.close());

  const pendingCount = async () => {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from wire_deliveries where status = 'pending'`,
    );
    return row!.n;
  };

  // Each case ends with its partners revoked, so the next case's deliveries are its own.
  async function partnerFor(url: string) {
    const { partner } = await createPartner(handle.db, admin, { name: 'Courier', webhookUrl: url });
    partners.push(partner.id);
    return partner.id;
  }
  async function revokeAll() {
    for (const id of partners.splice(0)) await revokePartner(handle.db, admin, id);
  }

  it('retries a failing receiver with backoff and has one accepted delivery per version', async () => {
    const receiver = await startReceiver({ failFirst: 3 });
    await partnerFor(receiver.url);
    const stop = startWireWorker(async () => handle.db, { intervalMs: 10, retryBaseMs: 30 });
    const id = await readyStory(handle.db, author, sectionId);
    await step(handle.db, editor, id, 'publish');
    await step(handle.db, editor, id, 'publish_update');
    await until(() => receiver.accepted().length === 2, 'both versions accepted');
    await stop();
    expect(receiver.received.map((entry) => entry.status)).toEqual([500, 500, 500, 204, 204]);
    const versions = receiver
      .accepted()
      .map((entry) => JSON.parse(entry.body).data.version as string);
    expect(versions).toEqual(['1', '2']);
    // Retries of one message keep its id, so a receiver can tell a repeat.
    expect(new Set(receiver.received.slice(0, 4).map((e) => e.headers['webhook-id'])).size).toBe(1);
    const [row] = await queryRows<{ attempts: number; status: string; last_status_code: number }>(
      handle.db,
      sql`select attempts, status, last_status_code from wire_deliveries
          where story_id = ${id} order by event_seq limit 1`,
    );
    expect(row).toEqual({ attempts: 4, status: 'delivered', last_status_code: 204 });
    await revokeAll();
    await receiver.close();
  });

  it('never sends a delivery twice with two instances running workers', async () => {
    const receivers = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
    for (const receiver of receivers) await partnerFor(receiver.url);
    const other = await secondInstance(handle, kind);
    const stops = [
      startWireWorker(async () => handle.db, { intervalMs: 5, concurrency: 4 }),
      startWireWorker(async () => other.db, { intervalMs: 5, concurrency: 4 }),
    ];
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await readyStory(handle.db, author, sectionId));
    await Promise.all(ids.map((id) => step(handle.db, editor, id, 'publish')));
    await until(async () => (await pendingCount()) === 0, 'an empty outbox', 20_000);
    await Promise.all(stops.map((stop) => stop()));
    await other.close();
    for (const receiver of receivers) {
      const messageIds = receiver.received.map((entry) => entry.headers['webhook-id']);
      expect(messageIds).toHaveLength(8);
      expect(new Set(messageIds).size).toBe(8);
    }
    await revokeAll();
    await Promise.all(receivers.map((receiver) => receiver.close()));
  });

  it('times out a hanging receiver without holding up the others, and sends again', async () => {
    const slow = await startReceiver({ delayMs: 3_000 });
    const fast = await startReceiver();
    const slowPartner = await partnerFor(slow.url);
    await partnerFor(fast.url);
    const stop = startWireWorker(async () => handle.db, {
      intervalMs: 10,
      concurrency: 2,
      timeoutMs: 300,
      retryBaseMs: 60_000,
    });
    const id = await readyStory(handle.db, author, sectionId);
    await step(handle.db, editor, id, 'publish');
    await until(() => fast.accepted().length === 1, 'the fast receiver');
    const failed = await until(async () => {
      const [row] = await queryRows<{ id: string; last_error: string | null }>(
        handle.db,
        sql`select id, last_error from wire_deliveries where partner_id = ${slowPartner}`,
      );
      return row?.last_error ? row : null;
    }, 'the slow delivery to time out');
    expect(failed.last_error).toMatch(/no answer within 300 ms/);
    await sendAgain(handle.db, admin, failed.id);
    await until(async () => {
      const [row] = await queryRows<{ attempts: number }>(
        handle.db,
        sql`select attempts from wire_deliveries where id = ${failed.id}`,
      );
      return row!.attempts === 2;
    }, 'a second attempt');
    await stop();
    await revokeAll();
    await Promise.all([slow.close(), fast.close()]);
  });
});
