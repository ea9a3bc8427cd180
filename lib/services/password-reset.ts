// Forgotten passwords (docs/security.md, "Mailed links"). Asking for a link answers the same
// whether or not the address belongs to anyone, and is throttled per account and per client
// address with the sign-in throttle's counter (lib/auth/throttle.ts). A link is valid 30 minutes
// and once; using it sets the new password and ends every session of the person. Each request
// and each use is audited.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { inspectLink, issueLink } from '@/lib/auth/account-links';
import { countAttempt, throttleKey } from '@/lib/auth/throttle';
import { passwordResetMail } from '@/lib/mail/messages';
import { queueMail } from '@/lib/mail/outbox';
import { emailSchema } from '@/lib/validation/users';
import { setPasswordThroughLink } from './link-password';

/** What the form says after every request, whatever happened. */
export const RESET_REQUESTED =
  'If that address belongs to someone on the desk, a link to reset the password is on its way. ' +
  'It works once, for 30 minutes.';

export type ResetRequestOutcome = 'sent' | 'no_account' | 'throttled' | 'invalid';

/** Queues a reset link when the address is a staff member's; the outcome is for tests and logs only. */
export async function requestPasswordReset(
  db: Database,
  email: unknown,
  ip: string | null,
): Promise<ResetRequestOutcome> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return 'invalid';
  const address = parsed.data;
  const accountAllowed = await countAttempt(db, 'reset_account', address);
  const ipAllowed = ip ? await countAttempt(db, 'reset_ip', ip) : true;
  if (!accountAllowed || !ipAllowed) {
    await recordAudit(db, {
      actorId: null,
      action: 'auth.password_reset_throttled',
      subjectType: 'session',
      subjectId: address,
      newValue: { by: accountAllowed ? 'ip' : 'account' },
      ip,
    });
    return 'throttled';
  }
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(users).where(eq(users.email, address));
    // An invited person who has not accepted uses their invitation, not a reset.
    const eligible = person?.active && person.passwordHash !== null;
    await recordAudit(tx, {
      actorId: person?.id ?? null,
      action: 'auth.password_reset_request',
      subjectType: 'session',
      subjectId: address,
      newValue: { sent: Boolean(eligible) },
      ip,
    });
    if (!person || !eligible) return 'no_account';
    const { url, expiresAt } = await issueLink(tx, 'password_reset', person.id, null);
    const mail = passwordResetMail({ url, expiresAt });
    await queueMail(tx, [{ kind: 'password_reset', userId: person.id, to: person.email, ...mail }]);
    return 'sent';
  });
}

/** Sets the new password through a reset link; every session of the person ends. */
export function completePasswordReset(
  db: Database,
  token: string,
  password: unknown,
  ip: string | null,
) {
  return setPasswordThroughLink(db, 'password_reset', token, password, async (tx, person) => {
    // A sign-in lock on the account is lifted: its owner has just proved who they are.
    await tx.execute(
      sql`delete from sign_in_throttles where key = ${throttleKey('account', person.email)}`,
    );
    await recordAudit(tx, {
      actorId: person.id,
      action: 'auth.password_reset',
      subjectType: 'session',
      subjectId: person.email,
      ip,
    });
  });
}

/** What a reset link's page shows: whose password it resets, or why it does not work. */
export async function passwordResetOf(db: Database, token: string) {
  const checked = await inspectLink(db, 'password_reset', token);
  if (!checked.ok) return checked;
  const [person] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, checked.link.userId));
  return person
    ? { ok: true as const, email: person.email }
    : { ok: false as const, problem: 'unknown' as const };
}
