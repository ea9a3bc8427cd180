// Sign-in (and password-reset request) throttling, counted in the database so every app instance shares the count.
// An attempt is counted *before* the password is checked, with one atomic upsert, so 50 parallel
// guesses get exactly `limit` password checks, never more.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db/open';

export const THROTTLE = {
  account: { limit: 5, windowMinutes: 15 },
  ip: { limit: 50, windowMinutes: 15 },
  // "Forgot password?" requests (lib/services/password-reset.ts), counted apart from sign-ins so
  // that asking for a link never locks anyone out of signing in.
  reset_account: { limit: 3, windowMinutes: 15 },
  reset_ip: { limit: 20, windowMinutes: 15 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE;

export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value}`;

/** Counts one attempt against the key; true while the key is within its limit. */
export async function countAttempt(
  db: Executor,
  kind: ThrottleKind,
  value: string,
): Promise<boolean> {
  const { limit, windowMinutes } = THROTTLE[kind];
  const expired = sql`t.window_started_at < now() - ${`${windowMinutes} minutes`}::interval`;
  // Past the limit, the key stays refused until its window (from its first attempt) is over.
  const [row] = await queryRows<{ failures: number }>(
    db,
    sql`insert into sign_in_throttles as t (key, failures, window_started_at)
        values (${throttleKey(kind, value)}, 1, now())
        on conflict (key) do update set
          failures = case when ${expired} then 1 else t.failures + 1 end,
          window_started_at = case when ${expired} then now() else t.window_started_at end
        returning failures`,
  );
  return row!.failures <= limit;
}

/** After a success: the account starts afresh, and the address gets its attempt back. */
export async function clearAccount(db: Executor, email: string, ip: string | null): Promise<void> {
  await db.execute(sql`delete from sign_in_throttles where key = ${throttleKey('account', email)}`);
  if (ip) {
    await db.execute(
      sql`update sign_in_throttles set failures = greatest(failures - 1, 0) where key = ${throttleKey('ip', ip)}`,
    );
  }
}
