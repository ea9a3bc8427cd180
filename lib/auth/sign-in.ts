// Checking a sign-in: throttle, password, second factor, audit. Called by the next-auth
// credentials provider; kept free of next-auth so it can be tested against both databases.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { credentialsSchema } from '@/lib/validation/sign-in';
import { hashPassword, verifyPassword } from './password';
import { clearAccount, countAttempt } from './throttle';
import { hashRecoveryCode, matchTotp } from './totp';

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: 'invalid' | 'code_required' | 'code_invalid' };

// Verifying against this when the account does not exist makes both answers take the same time.
let dummyHash: Promise<string> | undefined;
const timingDecoy = () => (dummyHash ??= hashPassword('dateline-timing-decoy'));

export async function verifySignIn(
  db: Database,
  input: unknown,
  ip: string | null,
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, code } = parsed.data;

  const accountAllowed = await countAttempt(db, 'account', email);
  const ipAllowed = ip ? await countAttempt(db, 'ip', ip) : true;
  if (!accountAllowed || !ipAllowed) {
    await recordAudit(db, {
      actorId: null,
      action: 'auth.locked_out',
      subjectType: 'session',
      subjectId: email,
      newValue: { by: accountAllowed ? 'ip' : 'account' },
      ip,
    });
    // The same answer as a wrong password: a lock tells a guesser nothing.
    await verifyPassword(await timingDecoy(), password);
    return { ok: false, reason: 'invalid' };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk =
    user?.passwordHash && user.active
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await timingDecoy(), password)) && false;
  if (!user || !passwordOk) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: 'auth.sign_in_failed',
      subjectType: 'session',
      subjectId: email,
      newValue: { reason: user && !user.active ? 'deactivated' : 'bad_credentials' },
      ip,
    });
    return { ok: false, reason: 'invalid' };
  }

  if (user.totpEnabledAt && user.totpSecret) {
    if (!code) return { ok: false, reason: 'code_required' };
    if (!(await redeemSecondFactor(db, user.id, user.totpSecret, code))) {
      await recordAudit(db, {
        actorId: user.id,
        action: 'auth.sign_in_failed',
        subjectType: 'session',
        subjectId: email,
        newValue: { reason: 'bad_code' },
        ip,
      });
      return { ok: false, reason: 'code_invalid' };
    }
  }

  await clearAccount(db, email, ip);
  await recordAudit(db, {
    actorId: user.id,
    action: 'auth.sign_in',
    subjectType: 'session',
    subjectId: email,
    ip,
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * Accepts an authenticator code once (its step must be newer than the last one used, checked and
 * recorded in one statement), or a recovery code once (removed from the list as it is used).
 */
export async function redeemSecondFactor(
  db: Database,
  userId: string,
  secret: string,
  code: string,
): Promise<boolean> {
  const step = matchTotp(secret, code);
  if (step !== null) {
    const claimed = await db
      .update(users)
      .set({ lastTotpStep: step })
      .where(
        and(
          eq(users.id, userId),
          sql`(${users.lastTotpStep} is null or ${users.lastTotpStep} < ${step})`,
        ),
      )
      .returning({ id: users.id });
    return claimed.length === 1;
  }
  const hash = hashRecoveryCode(code);
  const used = await db
    .update(users)
    .set({ recoveryCodeHashes: sql`${users.recoveryCodeHashes} - ${hash}::text` })
    .where(and(eq(users.id, userId), sql`jsonb_exists(${users.recoveryCodeHashes}, ${hash})`))
    .returning({ id: users.id });
  return used.length === 1;
}
