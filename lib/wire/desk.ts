// What the desk shows of the wire (/desk/partners): partners with their keys' prefixes, each
// partner's latest deliveries, and "Send again" for one of them. Admins only (`wire.manage`).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { stories, wireDeliveries, wireEvents, wirePartners } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { DELIVERY_WINDOW_HOURS } from './events';

export interface PartnerSummary {
  id: string;
  name: string;
  webhookUrl: string | null;
  sectionIds: string[] | null;
  receivesEmbargoed: boolean;
  revokedAt: Date | null;
  keyPrefixes: string[];
}

export async function listPartners(db: Database, actor: Actor): Promise<PartnerSummary[]> {
  assertCan(actor, 'wire.manage');
  const rows = await db
    .select({
      id: wirePartners.id,
      name: wirePartners.name,
      webhookUrl: wirePartners.webhookUrl,
      sectionIds: wirePartners.sectionIds,
      receivesEmbargoed: wirePartners.receivesEmbargoed,
      revokedAt: wirePartners.revokedAt,
      keyPrefixes: sql<string[]>`coalesce(array(
        select k.prefix from wire_keys k where k.partner_id = ${wirePartners.id}
          and (k.expires_at is null or k.expires_at > now()) order by k.created_at desc), '{}')`,
    })
    .from(wirePartners)
    .orderBy(sql`${wirePartners.revokedAt} is not null`, asc(wirePartners.name));
  return rows;
}

export interface DeliveryEntry {
  id: string;
  type: string;
  version: number;
  headline: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  at: Date;
}

export async function deliveryLog(
  db: Database,
  actor: Actor,
  partnerId: string,
  limit = 20,
): Promise<DeliveryEntry[]> {
  assertCan(actor, 'wire.manage');
  return db
    .select({
      id: wireDeliveries.id,
      type: wireEvents.type,
      version: wireEvents.version,
      headline: stories.headline,
      status: wireDeliveries.status,
      attempts: wireDeliveries.attempts,
      lastStatusCode: wireDeliveries.lastStatusCode,
      lastError: wireDeliveries.lastError,
      at: sql<Date>`coalesce(${wireDeliveries.lastAttemptAt}, ${wireDeliveries.createdAt})`,
    })
    .from(wireDeliveries)
    .innerJoin(wireEvents, eq(wireEvents.seq, wireDeliveries.eventSeq))
    .innerJoin(stories, eq(stories.id, wireDeliveries.storyId))
    .where(eq(wireDeliveries.partnerId, partnerId))
    .orderBy(desc(wireDeliveries.createdAt), desc(wireDeliveries.eventSeq))
    .limit(limit)
    .then((rows) => rows.map((row) => ({ ...row, at: new Date(row.at) })));
}

/** Queues a delivery again now, with a fresh retry window; the receiver sees the same id. */
export async function sendAgain(db: Database, actor: Actor, deliveryId: unknown): Promise<void> {
  assertCan(actor, 'wire.manage');
  const id =
    typeof deliveryId === 'string' && /^[0-9a-f-]{36}$/i.test(deliveryId) ? deliveryId : '';
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(wireDeliveries)
      .set({
        status: 'pending',
        nextAttemptAt: sql`now()`,
        leasedUntil: null,
        giveUpAt: sql`now() + ${`${DELIVERY_WINDOW_HOURS} hours`}::interval`,
      })
      .where(
        and(
          eq(wireDeliveries.id, id || '00000000-0000-0000-0000-000000000000'),
          sql`exists (select 1 from ${wirePartners} p where p.id = ${wireDeliveries.partnerId}
                      and p.revoked_at is null)`,
        ),
      )
      .returning({ partnerId: wireDeliveries.partnerId });
    if (!updated.length) throw new AppError('not_found', 'No such delivery to send again.');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'wire.delivery_resend',
      subjectType: 'partner',
      subjectId: updated[0]!.partnerId,
      newValue: { deliveryId: id },
    });
  });
}
