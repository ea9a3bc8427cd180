import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, fingerprint, testDatabaseKinds } from '@/test/support/databases';
import { TEST_PASSWORD, createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { changeRole, createStaff, listStaff, resetPassword, setActive } from './users';
import { changeOwnPassword, updateProfile } from './profile';
import { beginTwoFactorSetup, setTwoFactorRequirement } from './two-factor';

const newPerson = () => ({
  email: `new-${crypto.randomBytes(4).toString('hex')}@dateline.test`,
  displayName: 'New Correspondent',
  role: 'correspondent',
});

describe.each(testDatabaseKinds)('people services on %s', (kind) => {
  let handle: DatabaseHandle;
  let actors: Record<'correspondent' | 'editor' | 'admin' | 'deactivated', Actor>;
  let target: Actor;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const deactivated = await createTestStaff(handle, 'admin');
    await handle.db.update(users).set({ active: false }).where(eq(users.id, deactivated.id));
    actors = {
      correspondent: await createTestStaff(handle, 'correspondent'),
      editor: await createTestStaff(handle, 'editor'),
      admin: await createTestStaff(handle, 'admin'),
      deactivated: { ...deactivated, active: false },
    };
    target = await createTestStaff(handle, 'correspondent');
  });
  afterAll(() => handle.close());

  // Every people-managing service, called as every role: only the admin's calls may succeed, and
  // a refused call leaves the database exactly as it was (no audit row either).
  const adminOnly: [string, (actor: Actor) => Promise<unknown>][] = [
    ['list staff', (actor) => listStaff(handle.db, actor)],
    ['create staff', (actor) => createStaff(handle.db, actor, newPerson())],
    [
      'change a role',
      (actor) => changeRole(handle.db, actor, { userId: target.id, role: 'editor' }),
    ],
    ['deactivate', (actor) => setActive(handle.db, actor, { userId: target.id, active: false })],
    ['reset a password', (actor) => resetPassword(handle.db, actor, { userId: target.id })],
    [
      'require two-factor',
      (actor) => setTwoFactorRequirement(handle.db, actor, { required: true }),
    ],
  ];

  describe.each(['correspondent', 'editor', 'deactivated'] as const)('as %s', (role) => {
    it.each(adminOnly)('refuses to %s and changes nothing', async (_name, call) => {
      const before = await fingerprint(handle);
      await expect(call(actors[role])).rejects.toMatchObject({ code: 'forbidden' });
      expect(await fingerprint(handle)).toBe(before);
    });
  });

  describe('as admin', () => {
    it.each(adminOnly)('may %s', async (_name, call) => {
      await expect(call(actors.admin)).resolves.not.toThrow();
    });
  });

  it('refuses a deactivated user their own account changes', async () => {
    const before = await fingerprint(handle);
    const gone = actors.deactivated;
    const attempts = [
      updateProfile(handle.db, gone, {
        displayName: 'X',
        handle: 'x-handle',
        title: '',
        bio: '',
      }),
      changeOwnPassword(handle.db, gone, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'n'.repeat(20),
      }),
      beginTwoFactorSetup(handle.db, gone),
    ];
    for (const attempt of attempts)
      await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint(handle)).toBe(before);
  });

  it('refuses bad input with field messages, writing nothing', async () => {
    const before = await fingerprint(handle);
    const cases: [unknown, string][] = [
      [{ email: '', displayName: '', role: 'correspondent' }, 'email'],
      [{ email: `${'a'.repeat(10_000)}@dateline.test`, displayName: 'A', role: 'editor' }, 'email'],
      [{ email: 'ok@dateline.test', displayName: 'A', role: 'chief' }, 'role'],
      [{ ...newPerson(), role: 'admin', extra: 'field' }, 'form'],
      ['not an object', 'form'],
    ];
    for (const [input, field] of cases) {
      const error = await createStaff(handle.db, actors.admin, input).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'invalid' });
      expect(Object.keys((error as { fields: object }).fields)).toContain(field);
    }
    expect(await fingerprint(handle)).toBe(before);
  });

  it('refuses a taken email, writing nothing', async () => {
    const before = await fingerprint(handle);
    await expect(
      createStaff(handle.db, actors.admin, {
        email: target.id ? (actors.editor as { email?: string }).email : '',
        displayName: 'Copy',
        role: 'editor',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint(handle)).toBe(before);
  });

  it('ends the sessions of a deactivated user and audits the change', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const [before] = await handle.db.select().from(users).where(eq(users.id, person.id));
    await setActive(handle.db, actors.admin, { userId: person.id, active: false });
    const [after] = await handle.db.select().from(users).where(eq(users.id, person.id));
    expect(after!.active).toBe(false);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
  });

  it('never lets an admin change their own role or deactivate themselves', async () => {
    const before = await fingerprint(handle);
    await expect(
      changeRole(handle.db, actors.admin, { userId: actors.admin.id, role: 'editor' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setActive(handle.db, actors.admin, { userId: actors.admin.id, active: false }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint(handle)).toBe(before);
  });

  it('keeps one active admin when two admins demote each other at once', async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const first = await createTestStaff(fresh, 'admin');
      const second = await createTestStaff(fresh, 'admin');
      const results = await Promise.allSettled([
        changeRole(fresh.db, first, { userId: second.id, role: 'editor' }),
        changeRole(fresh.db, second, { userId: first.id, role: 'editor' }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'forbidden' });
      const admins = await fresh.db.select().from(users).where(eq(users.role, 'admin'));
      expect(admins).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an admin demoted after their request began', async () => {
    const stale = await createTestStaff(handle, 'admin');
    await changeRole(handle.db, actors.admin, { userId: stale.id, role: 'correspondent' });
    const before = await fingerprint(handle);
    // `stale` still says admin, as it did when the request was authorized.
    await expect(
      setActive(handle.db, stale, { userId: target.id, active: false }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint(handle)).toBe(before);
  });
});
