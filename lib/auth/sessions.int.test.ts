// The session rows behind the desk's cookies: idle and absolute expiry, and the once-a-minute
// last-seen write, on both databases. Time is moved by moving the rows' own timestamps back.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { sessions } from '@/db/schema';
import { endUserSessions, sessionAlive, startSession, TOUCH_SECONDS } from './sessions';

const LIMITS = { hours: 12, idleMinutes: 60 };

describe.each(testDatabaseKinds)('desk sessions on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  /** Moves a session's clock: it was opened and last seen this many minutes earlier. */
  const age = (id: string, { opened = 0, seen = 0 }: { opened?: number; seen?: number }) =>
    handle.db.execute(
      sql`update sessions
          set created_at = created_at - make_interval(secs => ${opened * 60}),
              last_seen_at = last_seen_at - make_interval(secs => ${seen * 60})
          where id = ${id}::uuid`,
    );

  const lastSeen = async (id: string) => {
    const [row] = await queryRows<{ seconds_ago: number }>(
      handle.db,
      sql`select extract(epoch from now() - last_seen_at)::float as seconds_ago
          from sessions where id = ${id}::uuid`,
    );
    return row?.seconds_ago ?? null;
  };

  it('keeps a session used within the idle limit, and ends one idle past it', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const busy = await startSession(handle.db, person.id, LIMITS);
    const idle = await startSession(handle.db, person.id, LIMITS);
    await age(busy, { opened: 120, seen: 59 });
    await age(idle, { opened: 120, seen: 61 });
    expect(await sessionAlive(handle.db, busy, person.id, LIMITS)).toBe(true);
    expect(await sessionAlive(handle.db, idle, person.id, LIMITS)).toBe(false);
    // The busy one was just seen again: its idle clock starts over.
    expect(await lastSeen(busy)).toBeLessThan(5);
    // A smaller idle limit (SESSION_IDLE_MINUTES=5) ends what a larger one keeps.
    await age(busy, { seen: 6 });
    expect(await sessionAlive(handle.db, busy, person.id, { hours: 12, idleMinutes: 5 })).toBe(
      false,
    );
    expect(await sessionAlive(handle.db, busy, person.id, LIMITS)).toBe(true);
  });

  it('ends a session past SESSION_HOURS, however busy it was', async () => {
    const person = await createTestStaff(handle, 'editor');
    const id = await startSession(handle.db, person.id, LIMITS);
    await age(id, { opened: 12 * 60 - 1 });
    expect(await sessionAlive(handle.db, id, person.id, LIMITS)).toBe(true);
    await age(id, { opened: 2 });
    expect(await sessionAlive(handle.db, id, person.id, LIMITS)).toBe(false);
  });

  it('writes last-seen at most once a minute', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const id = await startSession(handle.db, person.id, LIMITS);
    await age(id, { seen: 0.5 }); // seen 30 seconds ago
    for (let i = 0; i < 5; i++)
      expect(await sessionAlive(handle.db, id, person.id, LIMITS)).toBe(true);
    // Not moved: still about 30 seconds ago, not now.
    expect(await lastSeen(id)).toBeGreaterThanOrEqual(29);
    await age(id, { seen: TOUCH_SECONDS / 60 });
    expect(await sessionAlive(handle.db, id, person.id, LIMITS)).toBe(true);
    expect(await lastSeen(id)).toBeLessThan(5);
  });

  it('answers no for a session of someone else, an unknown id or a malformed one', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const other = await createTestStaff(handle, 'correspondent');
    const id = await startSession(handle.db, person.id, LIMITS);
    expect(await sessionAlive(handle.db, id, other.id, LIMITS)).toBe(false);
    expect(await sessionAlive(handle.db, crypto.randomUUID(), person.id, LIMITS)).toBe(false);
    expect(await sessionAlive(handle.db, "x' or 1=1 --", person.id, LIMITS)).toBe(false);
  });

  it('clears a person’s ended sessions at their next sign-in, and all of them at sign-out', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const ended = await startSession(handle.db, person.id, LIMITS);
    const open = await startSession(handle.db, person.id, LIMITS);
    await age(ended, { seen: 61 });
    const fresh = await startSession(handle.db, person.id, LIMITS);
    const rows = await handle.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, person.id));
    expect(rows.map((row) => row.id).sort()).toEqual([open, fresh].sort());
    await endUserSessions(handle.db, person.id);
    expect(await sessionAlive(handle.db, open, person.id, LIMITS)).toBe(false);
    expect(await handle.db.select().from(sessions).where(eq(sessions.userId, person.id))).toEqual(
      [],
    );
  });
});
