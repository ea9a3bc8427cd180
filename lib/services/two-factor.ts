// Two-factor sign-in: authenticator codes with one-time recovery codes, and the admin setting that
// requires it of editors and admins.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { settings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { verifyPassword } from '@/lib/auth/password';
import { TWO_FACTOR_SETTING, twoFactorRequired } from '@/lib/settings';
import { redeemSecondFactor } from '@/lib/auth/sign-in';
import {
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  otpauthUri,
} from '@/lib/auth/totp';
import { AppError } from '@/lib/errors';
import { assertCan, isEditor, type Actor } from '@/lib/permissions';
import { parseInput } from '@/lib/validation/parse-input';
import {
  confirmCodeSchema,
  confirmPasswordSchema,
  twoFactorRequirementSchema,
} from '@/lib/validation/two-factor';

async function loadMe(db: Database, actor: Actor) {
  assertCan(actor, 'account.manage_own');
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me) throw new AppError('not_found', 'Unknown user.');
  return me;
}

/** Starts set-up: a new secret, kept unconfirmed until the user proves their app has it. */
export async function beginTwoFactorSetup(
  db: Database,
  actor: Actor,
): Promise<{ secret: string; uri: string }> {
  const me = await loadMe(db, actor);
  if (me.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is already on.');
  const secret = generateTotpSecret();
  await db
    .update(users)
    .set({ totpSecret: secret, lastTotpStep: null })
    .where(eq(users.id, actor.id));
  return { secret, uri: otpauthUri(secret, me.email) };
}

/** Turns it on once a code from the app matches; returns recovery codes to show once. */
export async function confirmTwoFactor(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<{ recoveryCodes: string[] }> {
  const me = await loadMe(db, actor);
  const { code } = parseInput(confirmCodeSchema, input);
  if (me.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is already on.');
  if (!me.totpSecret) throw new AppError('invalid', 'Start the set-up again.');
  if (!/^\d{6}$/.test(code) || !(await redeemSecondFactor(db, me.id, me.totpSecret, code))) {
    throw new AppError('invalid', 'That code does not match; check the time on your device.', {
      code: 'That code does not match.',
    });
  }
  const recoveryCodes = generateRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabledAt: new Date(), recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) })
      .where(eq(users.id, me.id));
    await recordAudit(tx, {
      actorId: me.id,
      action: 'user.two_factor_enable',
      subjectType: 'user',
      subjectId: me.id,
    });
  });
  return { recoveryCodes };
}

export async function disableTwoFactor(db: Database, actor: Actor, input: unknown): Promise<void> {
  const me = await loadMe(db, actor);
  const { password } = parseInput(confirmPasswordSchema, input);
  if (!me.totpEnabledAt) return;
  if (isEditor(actor) && (await twoFactorRequired(db))) {
    throw new AppError('forbidden', 'The newsroom requires two-factor sign-in for your role.');
  }
  if (!me.passwordHash || !(await verifyPassword(me.passwordHash, password))) {
    throw new AppError('invalid', 'Your password is not right.', {
      password: 'Your password is not right.',
    });
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabledAt: null, totpSecret: null, recoveryCodeHashes: [], lastTotpStep: null })
      .where(eq(users.id, me.id));
    await recordAudit(tx, {
      actorId: me.id,
      action: 'user.two_factor_disable',
      subjectType: 'user',
      subjectId: me.id,
    });
  });
}

export async function setTwoFactorRequirement(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<void> {
  assertCan(actor, 'settings.manage');
  const { required } = parseInput(twoFactorRequirementSchema, input);
  await db.transaction(async (tx) => {
    const before = await twoFactorRequired(tx);
    await tx
      .insert(settings)
      .values({ key: TWO_FACTOR_SETTING, value: required })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: required, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'settings.two_factor_requirement',
      subjectType: 'settings',
      subjectId: TWO_FACTOR_SETTING,
      oldValue: before,
      newValue: required,
    });
  });
}
