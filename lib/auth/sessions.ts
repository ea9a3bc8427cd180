// Desk sessions as database rows, so that a session ends when it has been idle too long as well
// as when it is too old (docs/security.md, "Sessions"). The cookie's token names its row; the
// session check (the jwt callback in next-auth.ts) asks `sessionAlive` on every request. Times are
// the database's, never the app's clock, so every instance agrees.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db/open';
import { sessions } from '@/db/schema';

/** The absolute limit: a session ends this many hours after sign-in (SESSION_HOURS, 12). */
export const sessionHours = () => positive(process.env.SESSION_HOURS) ?? 12;

/** The idle limit: a session unused this many minutes ends (SESSION_IDLE_MINUTES, 60). */
export const sessionIdleMinutes = () => positive(process.env.SESSION_IDLE_MINUTES) ?? 60;

/** How stale `last_seen_at` may be before a request moves it: one write a minute at most. */
export const TOUCH_SECONDS = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positive(value: string | undefined): number | null {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : null;
}

export interface SessionLimits {
  hours: number;
  idleMinutes: number;
}

const limits = (): SessionLimits => ({ hours: sessionHours(), idleMinutes: sessionIdleMinutes() });

/** Within both limits, in SQL: the row's own condition for being alive. */
const alive = ({ hours, idleMinutes }: SessionLimits) =>
  sql`${sessions.createdAt} > now() - make_interval(secs => ${hours * 3600})
      and ${sessions.lastSeenAt} > now() - make_interval(secs => ${idleMinutes * 60})`;

/**
 * A new session for a person who has just signed in; the person's ended sessions are cleared
 * on the way, so the table holds about one row per open browser.
 */
export async function startSession(
  db: Executor,
  userId: string,
  limit: SessionLimits = limits(),
): Promise<string> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`not (${alive(limit)})`));
  const [row] = await db.insert(sessions).values({ userId }).returning({ id: sessions.id });
  return row!.id;
}

/**
 * Whether the session `id` of `userId` is still within its limits. A live session's last-seen
 * time is moved on when it is over TOUCH_SECONDS old: one read a request, a write a minute.
 */
export async function sessionAlive(
  db: Executor,
  id: string,
  userId: string,
  limit: SessionLimits = limits(),
): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const [row] = await queryRows<{ alive: boolean; stale: boolean }>(
    db,
    sql`select (${alive(limit)}) as alive,
               ${sessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_SECONDS}) as stale
        from ${sessions}
        where ${sessions.id} = ${id}::uuid and ${sessions.userId} = ${userId}::uuid`,
  );
  if (!row?.alive) return false;
  if (row.stale) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, id));
  }
  return true;
}

/** Signing out ends every session of the person (docs/security.md): their rows go. */
export async function endUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** For the e2e journeys only (app/api/e2e/idle): the person's sessions, last seen earlier. */
export async function ageUserSessions(db: Executor, userId: string, minutes: number) {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`${sessions.lastSeenAt} - make_interval(secs => ${minutes * 60})` })
    .where(eq(sessions.userId, userId));
}
