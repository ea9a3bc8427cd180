// One's own account: the public profile (bylines) and the password. Each authorizes first,
// validates, then writes and audits in one transaction, as users.ts does for admins.
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { SITE_TAG } from '@/lib/page-cache/tags';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { changePasswordSchema, profileSchema } from '@/lib/validation/users';
import { parseInput } from '@/lib/validation/parse-input';
import { updateEndingSessions } from './users';

/** Changes one's own public profile; bylines change on every page, so all public pages go stale. */
export async function updateProfile(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<Invalidation> {
  assertCan(actor, 'account.manage_own');
  const data = parseInput(profileSchema, input);
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, actor.id)).for('update');
    if (!target) throw new AppError('not_found', 'Unknown user.');
    const [clash] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.handle, data.handle), ne(users.id, actor.id)));
    if (clash) {
      throw new AppError('conflict', 'That handle is taken.', { handle: 'That handle is taken.' });
    }
    await tx
      .update(users)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.profile_update',
      subjectType: 'user',
      subjectId: actor.id,
      oldValue: {
        displayName: target.displayName,
        handle: target.handle,
        title: target.title,
        bio: target.bio,
      },
      newValue: data,
    });
    return recordInvalidation(tx, [SITE_TAG]);
  });
}

/** Changes one's own password; every session, this one included, must sign in again. */
export async function changeOwnPassword(db: Database, actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, 'account.manage_own');
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me?.passwordHash || !(await verifyPassword(me.passwordHash, currentPassword))) {
    throw new AppError('invalid', 'Your current password is not right.', {
      currentPassword: 'Your current password is not right.',
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await updateEndingSessions(tx, actor.id, { passwordHash });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.password_change',
      subjectType: 'user',
      subjectId: actor.id,
    });
  });
}
