import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { users, type Role } from '@/db/schema';
import { insertStaff, resetPassword } from '@/lib/services/users';
import { verifySignIn } from './sign-in';
import { THROTTLE, throttleKey } from './throttle';
import { generateTotpSecret, hashRecoveryCode, totpCode, totpStep } from './totp';

const PASSWORD = 'a long enough password';

async function makeStaff(handle: DatabaseHandle, role: Role = 'correspondent') {
  const tag = crypto.randomBytes(4).toString('hex');
  return insertStaff(
    handle.db,
    { email: `${role}-${tag}@dateline.test`, displayName: `${role} ${tag}`, role, title: '' },
    PASSWORD,
    null,
  );
}

async function auditCount(handle: DatabaseHandle, action: string, subjectId: string) {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${subjectId}`,
  );
  return row!.n;
}

describe.each(testDatabaseKinds)('signing in on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('lets staff in with the right password and audits it', async () => {
    const user = await makeStaff(handle);
    const result = await verifySignIn(
      handle.db,
      { email: user.email.toUpperCase(), password: PASSWORD },
      '10.0.0.1',
    );
    expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: 1 });
    expect(await auditCount(handle, 'auth.sign_in', user.email)).toBe(1);
  });

  it('answers an unknown email, a wrong password and a deactivated account alike', async () => {
    const user = await makeStaff(handle);
    const gone = await makeStaff(handle);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    const answers = await Promise.all([
      verifySignIn(handle.db, { email: 'nobody@dateline.test', password: PASSWORD }, null),
      verifySignIn(handle.db, { email: user.email, password: 'wrong password!' }, null),
      verifySignIn(handle.db, { email: gone.email, password: PASSWORD }, null),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: 'invalid' });
    expect(await auditCount(handle, 'auth.sign_in_failed', user.email)).toBe(1);
  });

  it('refuses malformed input without an exception', async () => {
    for (const input of [
      {},
      { email: 'x'.repeat(10_000), password: PASSWORD },
      { email: ['a@b.test'], password: PASSWORD },
      // PostgreSQL text cannot hold NUL: not even the attempt could be counted.
      { email: 'someone\u0000@dateline.test', password: PASSWORD },
      null,
    ]) {
      expect(await verifySignIn(handle.db, input, null)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('checks exactly the limit of passwords when 50 guesses arrive at once, then locks', async () => {
    const user = await makeStaff(handle);
    const limit = THROTTLE.account.limit;
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        verifySignIn(handle.db, { email: user.email, password: `guess number ${i}` }, null),
      ),
    );
    expect(guesses.every((guess) => !guess.ok)).toBe(true);
    expect(await auditCount(handle, 'auth.sign_in_failed', user.email)).toBe(limit);
    expect(await auditCount(handle, 'auth.locked_out', user.email)).toBe(50 - limit);

    // Locked: even the right password gets the same answer as a wrong one.
    expect(await verifySignIn(handle.db, { email: user.email, password: PASSWORD }, null)).toEqual({
      ok: false,
      reason: 'invalid',
    });

    // The lock ends with its window.
    await handle.db.execute(
      sql`update sign_in_throttles set window_started_at = now() - interval '16 minutes' where key = ${throttleKey('account', user.email)}`,
    );
    expect(
      (await verifySignIn(handle.db, { email: user.email, password: PASSWORD }, null)).ok,
    ).toBe(true);
  });

  it('lets an admin lift a lock by resetting the password', async () => {
    const admin = await makeStaff(handle, 'admin');
    const user = await makeStaff(handle);
    for (let i = 0; i <= THROTTLE.account.limit; i++) {
      await verifySignIn(handle.db, { email: user.email, password: 'wrong password!' }, null);
    }
    const { oneTimePassword } = await resetPassword(
      handle.db,
      { id: admin.id, role: 'admin', active: true },
      { userId: user.id },
    );
    const result = await verifySignIn(
      handle.db,
      { email: user.email, password: oneTimePassword },
      null,
    );
    expect(result.ok).toBe(true);
  });

  it('limits one address across many accounts', async () => {
    const ip = `10.9.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;
    const user = await makeStaff(handle);
    for (let i = 0; i < THROTTLE.ip.limit; i++) {
      await verifySignIn(handle.db, { email: `nobody-${i}@dateline.test`, password: 'x' }, ip);
    }
    expect(await verifySignIn(handle.db, { email: user.email, password: PASSWORD }, ip)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      (await verifySignIn(handle.db, { email: user.email, password: PASSWORD }, '10.8.0.1')).ok,
    ).toBe(true);
  });

  describe('with two-factor sign-in on', () => {
    let email: string;
    let secret: string;
    beforeAll(async () => {
      const user = await makeStaff(handle, 'editor');
      email = user.email;
      secret = generateTotpSecret();
      await handle.db
        .update(users)
        .set({
          totpSecret: secret,
          totpEnabledAt: new Date(),
          recoveryCodeHashes: [hashRecoveryCode('abcd-efgh')],
        })
        .where(eq(users.id, user.id));
    });

    it('asks for a code after the right password', async () => {
      expect(await verifySignIn(handle.db, { email, password: PASSWORD }, null)).toEqual({
        ok: false,
        reason: 'code_required',
      });
    });

    it('accepts a code once within its window', async () => {
      const code = totpCode(secret, totpStep());
      expect((await verifySignIn(handle.db, { email, password: PASSWORD, code }, null)).ok).toBe(
        true,
      );
      expect(await verifySignIn(handle.db, { email, password: PASSWORD, code }, null)).toEqual({
        ok: false,
        reason: 'code_invalid',
      });
      const stale = totpCode(secret, totpStep() - 3);
      expect(
        (await verifySignIn(handle.db, { email, password: PASSWORD, code: stale }, null)).ok,
      ).toBe(false);
    });

    it('accepts a recovery code once', async () => {
      const code = 'ABCD EFGH';
      expect((await verifySignIn(handle.db, { email, password: PASSWORD, code }, null)).ok).toBe(
        true,
      );
      expect((await verifySignIn(handle.db, { email, password: PASSWORD, code }, null)).ok).toBe(
        false,
      );
    });

    it('never lets a code stand in for the password', async () => {
      const code = totpCode(secret, totpStep());
      expect(
        (await verifySignIn(handle.db, { email, password: 'wrong password!', code }, null)).ok,
      ).toBe(false);
    });
  });
});
