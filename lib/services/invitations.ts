// Invitations (docs/product.md, "People"): an admin adds a person by email and role; the person
// gets a mailed link, valid 7 days and once, to choose their own password. The admin can send a
// new link (the old one stops working) or revoke the invitation (the person is deactivated).
// Every step is audited, in the transaction that makes it.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { inspectLink, issueLink, revokeLinks } from '@/lib/auth/account-links';
import { AppError } from '@/lib/errors';
import { invitationMail } from '@/lib/mail/messages';
import { queueMail } from '@/lib/mail/outbox';
import { assertCan, isEditor, type Actor } from '@/lib/permissions';
import { twoFactorRequired } from '@/lib/settings';
import { parseInput } from '@/lib/validation/parse-input';
import { createUserSchema } from '@/lib/validation/users';
import type { Executor } from '@/db';
import { setPasswordThroughLink } from './link-password';
import { insertStaff, lockForStaffChange, type StaffMember } from './users';

async function sendInvitation(
  tx: Executor,
  person: { id: string; email: string; displayName: string; role: string },
  actorId: string,
) {
  const { url, expiresAt } = await issueLink(tx, 'invitation', person.id, actorId);
  const mail = invitationMail({
    displayName: person.displayName,
    role: person.role,
    url,
    expiresAt,
  });
  await queueMail(tx, [{ kind: 'invitation', userId: person.id, to: person.email, ...mail }]);
  return expiresAt;
}

/** Adds a person without a password and mails them an invitation. */
export async function inviteStaff(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<StaffMember> {
  assertCan(actor, 'users.manage');
  const data = parseInput(createUserSchema, input);
  return db.transaction(async (tx) => {
    const person = await insertStaff(tx, data, null, actor.id);
    const expiresAt = await sendInvitation(tx, person, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invite',
      subjectType: 'user',
      subjectId: person.id,
      newValue: { email: person.email, role: person.role, expiresAt },
    });
    return person;
  });
}

/** A person who has not yet accepted, locked for a change by an admin who still is one. */
async function lockInvitee(tx: Executor, actor: Actor, userId: unknown) {
  const { target } = await lockForStaffChange(tx, actor, userId);
  if (target.passwordHash !== null) {
    throw new AppError('conflict', `${target.displayName} has already accepted their invitation.`);
  }
  return target;
}

/** Mails a new link (the earlier one stops working); reactivates a revoked invitation. */
export async function resendInvitation(db: Database, actor: Actor, userId: unknown) {
  assertCan(actor, 'users.manage', typeof userId === 'string' ? userId : undefined);
  await db.transaction(async (tx) => {
    const target = await lockInvitee(tx, actor, userId);
    if (!target.active) {
      await tx
        .update(users)
        .set({ active: true, updatedAt: new Date() })
        .where(eq(users.id, target.id));
    }
    const expiresAt = await sendInvitation(tx, target, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invite_resend',
      subjectType: 'user',
      subjectId: target.id,
      newValue: { expiresAt },
    });
  });
}

/** Revokes the open invitation and deactivates the person, who never signed in. */
export async function revokeInvitation(db: Database, actor: Actor, userId: unknown) {
  assertCan(actor, 'users.manage', typeof userId === 'string' ? userId : undefined);
  await db.transaction(async (tx) => {
    const target = await lockInvitee(tx, actor, userId);
    const revoked = await revokeLinks(tx, 'invitation', target.id);
    await tx
      .update(users)
      .set({
        active: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invite_revoke',
      subjectType: 'user',
      subjectId: target.id,
      newValue: { revokedLinks: revoked },
    });
  });
}

/** The invited person chooses their password; the link is used up. */
export function acceptInvitation(
  db: Database,
  token: string,
  password: unknown,
  ip: string | null,
) {
  return setPasswordThroughLink(db, 'invitation', token, password, async (tx, person) => {
    if (!person.active) throw new AppError('conflict', 'This invitation was revoked.');
    await recordAudit(tx, {
      actorId: person.id,
      action: 'user.invite_accept',
      subjectType: 'user',
      subjectId: person.id,
      ip,
    });
  });
}

/** What an invitation link's page shows: the person it invites, or why it does not work. */
export async function invitationOf(db: Database, token: string) {
  const checked = await inspectLink(db, 'invitation', token);
  if (!checked.ok) return checked;
  const [person] = await db
    .select({ email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.id, checked.link.userId));
  if (!person) return { ok: false as const, problem: 'unknown' as const };
  // Editors and admins set up two-factor sign-in right after, when the newsroom requires it.
  const twoFactorNext = isEditor({ id: '', role: person.role, active: true })
    ? await twoFactorRequired(db)
    : false;
  return { ok: true as const, person, twoFactorNext };
}
