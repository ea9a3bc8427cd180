// Sending the outbox (docs/wire.md): at least once, in order per partner and story, retried with
// exponential backoff and jitter until the delivery window closes. A worker claims due rows with
// `FOR UPDATE SKIP LOCKED` and leases them for longer than a request may take, so several
// instances never send one delivery at the same time; the request itself runs outside any
// transaction. A row waits while an earlier event of the same story to the same partner is still
// pending, so a partner never receives version 3 before version 2.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { queryRows } from '@/db/open';
import { wirePartners } from '@/db/schema';
import { retryDelayMs, type RetryOptions } from '@/lib/outbox';
import { itemOfEvent } from './items';
import { decryptSecret, signWebhook } from './secrets';
import { postWebhook } from './send';

/** Retries start at 5 s and double up to 1 h (lib/outbox.ts). */
export interface DeliveryOptions extends RetryOptions {
  /** How long one request may take (default 10 s). */
  timeoutMs?: number;
}

export interface ClaimedDelivery {
  id: string;
  partner_id: string;
  event_seq: number | string;
  attempts: number;
  type: string;
  correction: boolean;
  created_at: Date | string;
}

const LEASE_SECONDS = 60;

/** Claims up to `limit` due deliveries for this worker. */
export async function claimDeliveries(db: Database, limit: number): Promise<ClaimedDelivery[]> {
  if (limit <= 0) return [];
  return db.transaction((tx) =>
    queryRows<ClaimedDelivery>(
      tx,
      sql`with due as (
            select d.id from wire_deliveries d
            where d.status = 'pending' and d.next_attempt_at <= now()
              and (d.leased_until is null or d.leased_until < now())
              and not exists (
                select 1 from wire_deliveries e
                where e.partner_id = d.partner_id and e.story_id = d.story_id
                  and e.event_seq < d.event_seq and e.status = 'pending')
            order by d.event_seq
            limit ${limit}
            for update skip locked)
          update wire_deliveries w
          set leased_until = now() + ${`${LEASE_SECONDS} seconds`}::interval,
              attempts = w.attempts + 1, last_attempt_at = now()
          from due, wire_events ev
          where w.id = due.id and ev.seq = w.event_seq
          returning w.id, w.partner_id, w.event_seq, w.attempts, ev.type, ev.correction,
                    ev.created_at`,
    ),
  );
}

async function secretsOf(db: Database, partnerId: string) {
  const [partner] = await db.select().from(wirePartners).where(eq(wirePartners.id, partnerId));
  if (!partner?.webhookUrl || partner.revokedAt) return null;
  const secrets = [decryptSecret(partner.secret)];
  if (partner.previousSecret && partner.previousSecretUntil! > new Date()) {
    secrets.push(decryptSecret(partner.previousSecret));
  }
  return { url: partner.webhookUrl, secrets };
}

/** The request's body: the Standard Webhooks envelope around the ninjs item (JSON text). */
export function webhookPayload(delivery: ClaimedDelivery, item: string): string {
  const envelope = JSON.stringify({
    type: delivery.type,
    timestamp: new Date(delivery.created_at).toISOString(),
    ...(delivery.correction ? { correction: true } : {}),
  });
  return `${envelope.slice(0, -1)},"data":${item}}`;
}

/** Sends one claimed delivery and records the outcome; true when the partner accepted it. */
export async function deliver(
  db: Database,
  delivery: ClaimedDelivery,
  options: DeliveryOptions = {},
): Promise<boolean> {
  const [target, item] = await Promise.all([
    secretsOf(db, delivery.partner_id),
    itemOfEvent(db, Number(delivery.event_seq)),
  ]);
  let result = { status: null as number | null, error: 'partner or event gone' as string | null };
  if (target && item) {
    const body = webhookPayload(delivery, item);
    const id = `msg_${delivery.id.replaceAll('-', '')}`;
    const timestamp = Math.floor(Date.now() / 1000);
    result = await postWebhook(
      target.url,
      {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(target.secrets, id, timestamp, body),
      },
      body,
      options.timeoutMs ?? (Number(process.env.WIRE_TIMEOUT_MS) || 10_000),
    );
  }
  const accepted = result.status !== null && result.status >= 200 && result.status < 300;
  const retryMs = retryDelayMs(delivery.attempts, options);
  await db.execute(
    accepted
      ? sql`update wire_deliveries set status = 'delivered', delivered_at = now(),
              last_status_code = ${result.status}, last_error = null, leased_until = null
            where id = ${delivery.id}`
      : sql`update wire_deliveries set
              last_status_code = ${result.status}, last_error = ${result.error},
              leased_until = null,
              next_attempt_at = now() + ${`${retryMs} milliseconds`}::interval,
              status = case when now() + ${`${retryMs} milliseconds`}::interval > give_up_at
                            or ${target === null || item === null}
                       then 'failed' else 'pending' end
            where id = ${delivery.id}`,
  );
  return accepted;
}
