// Which workflow mail a person receives (lib/mail/workflow-mail.ts): their own choice, on their
// profile page. Stored as the kinds turned off, so a kind added later starts on.
import { z } from 'zod';
import type { Database } from '@/db';
import { mailPreferences } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { kindsFor, mailTurnedOff } from '@/lib/mail/workflow-mail';
import { assertCan, type Actor } from '@/lib/permissions';
import { parseInput } from '@/lib/validation/parse-input';

const preferencesSchema = z.strictObject({ on: z.array(z.string().max(40)).max(20) });

export async function setMailPreferences(db: Database, actor: Actor, input: unknown) {
  assertCan(actor, 'account.manage_own');
  const { on } = parseInput(preferencesSchema, input);
  const off = kindsFor(actor)
    .map((entry) => entry.kind as string)
    .filter((kind) => !on.includes(kind));
  await db.transaction(async (tx) => {
    const before = await mailTurnedOff(tx, actor.id);
    await tx
      .insert(mailPreferences)
      .values({ userId: actor.id, off })
      .onConflictDoUpdate({ target: mailPreferences.userId, set: { off, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.mail_preferences',
      subjectType: 'user',
      subjectId: actor.id,
      oldValue: { off: before },
      newValue: { off },
    });
  });
}

/** The kinds a person may receive, each with whether it is on. */
export async function mailChoices(db: Database, actor: Actor) {
  assertCan(actor, 'account.manage_own');
  const off = await mailTurnedOff(db, actor.id);
  return kindsFor(actor).map((entry) => ({
    kind: entry.kind,
    label: entry.label,
    on: !off.includes(entry.kind),
  }));
}
