// People: creating staff, roles, deactivation, password resets (one's own profile and password:
// profile.ts).
// Every function authorizes first, validates, then writes and audits in one transaction.
import crypto from 'node:crypto';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { users, type Role } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { throttleKey } from '@/lib/auth/throttle';
import { AppError } from '@/lib/errors';
import { assertCan, can, refusal, type Actor } from '@/lib/permissions';
import {
  changeRoleSchema,
  createUserSchema,
  handleFromName,
  resetPasswordSchema,
  setActiveSchema,
  userIdSchema,
} from '@/lib/validation/users';
import { parseInput } from '@/lib/validation/parse-input';
import { sessionsEnded } from '@/lib/collab/sessions-ended';
import type { z } from 'zod';

export interface StaffMember {
  id: string;
  email: string;
  role: Role;
  active: boolean;
  displayName: string;
  handle: string;
  title: string;
  twoFactorEnabled: boolean;
  /** Added by invitation and has not chosen a password yet. */
  invited: boolean;
  createdAt: Date;
}

const staffColumns = {
  id: users.id,
  email: users.email,
  role: users.role,
  active: users.active,
  displayName: users.displayName,
  handle: users.handle,
  title: users.title,
  twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
  invited: sql<boolean>`${users.passwordHash} is null`,
  createdAt: users.createdAt,
};

/** The person a people-changing call names, before its input is checked: for the audit log. */
function targetOf(input: unknown): string | undefined {
  const userId = (input as { userId?: unknown } | null)?.userId;
  return typeof userId === 'string' ? userId : undefined;
}

/** A password to hand over once: 18 random characters, readable aloud. */
export function oneTimePassword(): string {
  return crypto.randomBytes(18).toString('base64url').replace(/[-_]/g, 'x').slice(0, 18);
}

export async function listStaff(db: Database, actor: Actor): Promise<StaffMember[]> {
  assertCan(actor, 'users.manage');
  return db.select(staffColumns).from(users).orderBy(asc(users.displayName));
}

/**
 * Inserts a staff member: used by the desk (after authorization) and by the first-admin CLI. With
 * no password, the person is invited and chooses one (lib/services/invitations.ts).
 */
export async function insertStaff(
  db: Executor,
  input: z.output<typeof createUserSchema>,
  password: string | null,
  createdBy: string | null,
): Promise<StaffMember> {
  const handle = input.handle ?? handleFromName(input.displayName);
  const taken = await db
    .select({ email: users.email, handle: users.handle })
    .from(users)
    .where(sql`${users.email} = ${input.email} or ${users.handle} = ${handle}`);
  if (taken.some((row) => row.email === input.email)) {
    throw new AppError('conflict', 'Someone already uses that email address.', {
      email: 'Someone already uses that email address.',
    });
  }
  if (taken.length > 0) {
    throw new AppError('conflict', `The handle "${handle}" is taken; choose another.`, {
      handle: `The handle "${handle}" is taken; choose another.`,
    });
  }
  const [created] = await db
    .insert(users)
    .values({
      email: input.email,
      role: input.role,
      displayName: input.displayName,
      handle,
      title: input.title,
      passwordHash: password === null ? null : await hashPassword(password),
    })
    .returning(staffColumns);
  await recordAudit(db, {
    actorId: createdBy,
    action: 'user.create',
    subjectType: 'user',
    subjectId: created!.id,
    newValue: { email: created!.email, role: created!.role },
  });
  return created!;
}

export async function createStaff(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<{ user: StaffMember; oneTimePassword: string }> {
  assertCan(actor, 'users.manage');
  const data = parseInput(createUserSchema, input);
  const password = oneTimePassword();
  const user = await db.transaction((tx) => insertStaff(tx, data, password, actor.id));
  return { user, oneTimePassword: password };
}

/**
 * Inside a people-changing transaction: locks every active admin and the target, in id order (so
 * two admins acting at once cannot deadlock), and re-checks that the actor is still an active
 * admin now, not only when the request began.
 */
export async function lockForStaffChange(tx: Executor, actor: Actor, userId: unknown) {
  const id = parseInput(userIdSchema, userId);
  const rows = await tx
    .select()
    .from(users)
    .where(or(and(eq(users.role, 'admin'), eq(users.active, true)), eq(users.id, id)))
    .orderBy(asc(users.id))
    .for('update');
  const me = rows.find((row) => row.id === actor.id);
  const now: Actor = me ? { id: me.id, role: me.role, active: me.active } : actor;
  if (!me || !can(now, 'users.manage')) throw refusal(now, 'users.manage', id);
  const target = rows.find((row) => row.id === id);
  if (!target) throw new AppError('not_found', 'Unknown user.');
  const otherActiveAdmins = rows.filter(
    (row) => row.role === 'admin' && row.active && row.id !== id,
  ).length;
  return { target, otherActiveAdmins };
}

/**
 * Writes account changes that must end the user's open sessions: their session version moves on,
 * so every session issued before signs out at its next request.
 */
export async function updateEndingSessions(
  tx: Executor,
  userId: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await tx
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
  sessionsEnded(userId); // their co-editing sockets close too (lib/collab/sessions-ended.ts)
}

const LAST_ADMIN = 'The last active admin cannot be demoted or deactivated.';

function refuseSelf(actor: Actor, targetId: string, what: string) {
  if (actor.id === targetId) throw new AppError('forbidden', `You cannot ${what} yourself.`);
}

export async function changeRole(db: Database, actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, 'users.manage', targetOf(input));
  const { userId, role } = parseInput(changeRoleSchema, input);
  await db.transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockForStaffChange(tx, actor, userId);
    refuseSelf(actor, target.id, 'change the role of');
    if (target.role === role) return;
    if (target.role === 'admin' && target.active && otherActiveAdmins === 0) {
      throw new AppError('conflict', LAST_ADMIN);
    }
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.role_change',
      subjectType: 'user',
      subjectId: target.id,
      oldValue: { role: target.role },
      newValue: { role },
    });
  });
}

export async function setActive(db: Database, actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, 'users.manage', targetOf(input));
  const { userId, active } = parseInput(setActiveSchema, input);
  await db.transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockForStaffChange(tx, actor, userId);
    refuseSelf(actor, target.id, active ? 'reactivate' : 'deactivate');
    if (target.active === active) return;
    if (!active && target.role === 'admin' && otherActiveAdmins === 0) {
      throw new AppError('conflict', LAST_ADMIN);
    }
    await updateEndingSessions(tx, target.id, { active });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? 'user.reactivate' : 'user.deactivate',
      subjectType: 'user',
      subjectId: target.id,
      oldValue: { active: target.active },
      newValue: { active },
    });
  });
}

/** Gives the user a new one-time password, ends their sessions and lifts a sign-in lock. */
export async function resetPassword(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<{ oneTimePassword: string }> {
  assertCan(actor, 'users.manage', targetOf(input));
  const { userId } = parseInput(resetPasswordSchema, input);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const { target } = await lockForStaffChange(tx, actor, userId);
    await updateEndingSessions(tx, target.id, { passwordHash });
    await tx.execute(
      sql`delete from sign_in_throttles where key = ${throttleKey('account', target.email)}`,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: target.id,
    });
  });
  return { oneTimePassword: password };
}
