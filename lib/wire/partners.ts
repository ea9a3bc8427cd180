// Managing the wire's partners (docs/wire.md), for admins (`wire.manage`): adding one, rotating
// and revoking its API key and webhook secret. Keys and secrets are returned once, in the answer;
// every change is audited in its own transaction.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db';
import { wireKeys, wirePartners, type WirePartner } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { parseInput } from '@/lib/validation/parse-input';
import { webhookUrlProblem } from './address';
import { encryptSecret, newApiKey, newWebhookSecret } from './secrets';

/** How long a rotated key or secret keeps working, so a partner can switch without a gap. */
export const GRACE_HOURS = 24;

const partnerSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the partner a name.').max(200, 'At most 200 characters.'),
  webhookUrl: z.string().trim().max(2_000, 'At most 2,000 characters.').optional(),
  // Empty or absent: every section, including ones added later.
  sectionIds: z
    .array(z.uuid({ error: 'Unknown section.' }))
    .max(500)
    .optional(),
  receivesEmbargoed: z.boolean().optional(),
});

const idSchema = z.uuid({ error: 'Unknown partner.' });

export interface NewPartnerSecrets {
  partner: WirePartner;
  apiKey: string;
  webhookSecret: string;
}

async function insertKey(tx: Executor, partnerId: string) {
  const { key, hash, prefix } = newApiKey();
  await tx.insert(wireKeys).values({ keyHash: hash, partnerId, prefix });
  return key;
}

export async function createPartner(
  db: Database,
  actor: Actor,
  input: unknown,
): Promise<NewPartnerSecrets> {
  assertCan(actor, 'wire.manage');
  const data = parseInput(partnerSchema, input);
  const webhookUrl = data.webhookUrl || null;
  if (webhookUrl) {
    const problem = await webhookUrlProblem(webhookUrl);
    if (problem) throw new AppError('invalid', problem, { webhookUrl: problem });
  }
  const webhookSecret = newWebhookSecret();
  return db.transaction(async (tx) => {
    const [partner] = await tx
      .insert(wirePartners)
      .values({
        name: data.name,
        webhookUrl,
        sectionIds: data.sectionIds?.length ? data.sectionIds : null,
        receivesEmbargoed: data.receivesEmbargoed ?? false,
        secret: encryptSecret(webhookSecret),
        createdBy: actor.id,
      })
      .returning();
    const apiKey = await insertKey(tx, partner!.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'wire.partner_create',
      subjectType: 'partner',
      subjectId: partner!.id,
      newValue: {
        name: partner!.name,
        webhookUrl,
        sectionIds: partner!.sectionIds,
        receivesEmbargoed: partner!.receivesEmbargoed,
      },
    });
    return { partner: partner!, apiKey, webhookSecret };
  });
}

/** Locks an active partner for a change, or refuses. */
async function activePartner(tx: Executor, id: unknown): Promise<WirePartner> {
  const parsed = idSchema.safeParse(id);
  const [partner] = parsed.success
    ? await tx
        .select()
        .from(wirePartners)
        .where(and(eq(wirePartners.id, parsed.data), isNull(wirePartners.revokedAt)))
        .for('update')
    : [];
  if (!partner) throw new AppError('not_found', 'No such partner, or it was revoked.');
  return partner;
}

const grace = sql`now() + ${`${GRACE_HOURS} hours`}::interval`;

/** A new API key; the current one keeps working for the grace period. */
export async function rotateKey(db: Database, actor: Actor, partnerId: unknown) {
  assertCan(actor, 'wire.manage');
  return db.transaction(async (tx) => {
    const partner = await activePartner(tx, partnerId);
    await tx
      .update(wireKeys)
      .set({ expiresAt: grace })
      .where(and(eq(wireKeys.partnerId, partner.id), isNull(wireKeys.expiresAt)));
    const apiKey = await insertKey(tx, partner.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'wire.key_rotate',
      subjectType: 'partner',
      subjectId: partner.id,
      newValue: { graceHours: GRACE_HOURS },
    });
    return { apiKey };
  });
}

/** A new webhook secret; deliveries are signed with both until the grace period ends. */
export async function rotateSecret(db: Database, actor: Actor, partnerId: unknown) {
  assertCan(actor, 'wire.manage');
  const webhookSecret = newWebhookSecret();
  return db.transaction(async (tx) => {
    const partner = await activePartner(tx, partnerId);
    await tx
      .update(wirePartners)
      .set({
        secret: encryptSecret(webhookSecret),
        previousSecret: partner.secret,
        previousSecretUntil: grace,
      })
      .where(eq(wirePartners.id, partner.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'wire.secret_rotate',
      subjectType: 'partner',
      subjectId: partner.id,
      newValue: { graceHours: GRACE_HOURS },
    });
    return { webhookSecret };
  });
}

/** Ends a partner's access at once: its keys stop, and nothing more is sent to it. */
export async function revokePartner(db: Database, actor: Actor, partnerId: unknown) {
  assertCan(actor, 'wire.manage');
  await db.transaction(async (tx) => {
    const partner = await activePartner(tx, partnerId);
    await tx
      .update(wirePartners)
      .set({ revokedAt: sql`now()`, previousSecretUntil: null })
      .where(eq(wirePartners.id, partner.id));
    await tx
      .update(wireKeys)
      .set({ expiresAt: sql`now()` })
      .where(
        and(
          eq(wireKeys.partnerId, partner.id),
          sql`(${wireKeys.expiresAt} is null or ${wireKeys.expiresAt} > now())`,
        ),
      );
    await tx.execute(
      sql`update wire_deliveries set status = 'failed', last_error = 'partner revoked'
          where partner_id = ${partner.id} and status = 'pending'`,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'wire.partner_revoke',
      subjectType: 'partner',
      subjectId: partner.id,
      oldValue: { name: partner.name },
    });
  });
}
