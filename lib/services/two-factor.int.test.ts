import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, fingerprint, testDatabaseKinds } from '@/test/support/databases';
import type { DatabaseHandle } from '@/db/open';
import type { Role } from '@/db/schema';
import { verifySignIn } from '@/lib/auth/sign-in';
import { totpCode, totpStep } from '@/lib/auth/totp';
import type { Actor } from '@/lib/permissions';
import { insertStaff } from './users';
import {
  beginTwoFactorSetup,
  confirmTwoFactor,
  disableTwoFactor,
  setTwoFactorRequirement,
} from './two-factor';

const PASSWORD = 'a long enough password';

async function makeStaff(handle: DatabaseHandle, role: Role) {
  const tag = crypto.randomBytes(4).toString('hex');
  const user = await insertStaff(
    handle.db,
    { email: `${role}-${tag}@dateline.test`, displayName: `${role} ${tag}`, role, title: '' },
    PASSWORD,
    null,
  );
  return { actor: { id: user.id, role, active: true } as Actor, email: user.email };
}

describe.each(testDatabaseKinds)('two-factor sign-in on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('turns on only with a matching code, then asks for codes at sign-in', async () => {
    const { actor, email } = await makeStaff(handle, 'editor');
    const { secret, uri } = await beginTwoFactorSetup(handle.db, actor);
    expect(uri).toContain(`secret=${secret}`);

    const before = await fingerprint(handle);
    await expect(confirmTwoFactor(handle.db, actor, { code: '000000' })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await fingerprint(handle)).toBe(before);

    const { recoveryCodes } = await confirmTwoFactor(handle.db, actor, {
      code: totpCode(secret, totpStep()),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(await verifySignIn(handle.db, { email, password: PASSWORD }, null)).toEqual({
      ok: false,
      reason: 'code_required',
    });
    const withRecovery = await verifySignIn(
      handle.db,
      { email, password: PASSWORD, code: recoveryCodes[3] },
      null,
    );
    expect(withRecovery.ok).toBe(true);
  });

  it('cannot be turned off by someone the newsroom requires it of', async () => {
    const admin = await makeStaff(handle, 'admin');
    const { actor } = await makeStaff(handle, 'editor');
    const { secret } = await beginTwoFactorSetup(handle.db, actor);
    await confirmTwoFactor(handle.db, actor, { code: totpCode(secret, totpStep()) });
    await setTwoFactorRequirement(handle.db, admin.actor, { required: true });
    try {
      await expect(
        disableTwoFactor(handle.db, actor, { password: PASSWORD }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    } finally {
      await setTwoFactorRequirement(handle.db, admin.actor, { required: false });
    }
    await expect(
      disableTwoFactor(handle.db, actor, { password: 'not my password' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await disableTwoFactor(handle.db, actor, { password: PASSWORD });
  });
});
