// Who is calling the wire API, and whether they may call again now: the partner behind a bearer
// key (a rotated key keeps working until its grace period ends; a revoked partner's keys stop at
// once) and a per-key rate limit counted in the database, so every instance counts together.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db/open';
import { hashApiKey } from './secrets';

export interface PartnerAccess {
  id: string;
  keyHash: string;
  sectionIds: string[] | null;
  receivesEmbargoed: boolean;
}

/** The partner whose key this `Authorization` header carries, or null. */
export async function partnerForKey(
  db: Executor,
  authorization: string | undefined,
): Promise<PartnerAccess | null> {
  const match = /^Bearer\s+(\S{10,200})$/i.exec(authorization?.trim() ?? '');
  if (!match) return null;
  const keyHash = hashApiKey(match[1]!);
  const [row] = await queryRows<{
    id: string;
    section_ids: string[] | null;
    receives_embargoed: boolean;
  }>(
    db,
    sql`select p.id, p.section_ids, p.receives_embargoed
        from wire_keys k join wire_partners p on p.id = k.partner_id
        where k.key_hash = ${keyHash} and p.revoked_at is null
          and (k.expires_at is null or k.expires_at > now())`,
  );
  if (!row) return null;
  return {
    id: row.id,
    keyHash,
    sectionIds: row.section_ids,
    receivesEmbargoed: row.receives_embargoed,
  };
}

export const rateLimitPerMinute = () => Number(process.env.WIRE_RATE_LIMIT) || 600;

/** Counts one request; `retryAfter` (seconds) is set when the key is over its limit. */
export async function countRequest(
  db: Executor,
  keyHash: string,
  limit = rateLimitPerMinute(),
): Promise<{ ok: boolean; retryAfter: number }> {
  const expired = sql`t.window_started_at <= now() - interval '60 seconds'`;
  // Without waiting for the disk: a count lost in a crash forgives a few requests, no more, while
  // a flush per request would add the disk's latency to every page of the API.
  const [row] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return queryRows<{ requests: number; remaining: number | string }>(
      tx,
      sql`insert into wire_rate_limits as t (key_hash, requests, window_started_at)
        values (${keyHash}, 1, now())
        on conflict (key_hash) do update set
          requests = case when ${expired} then 1 else t.requests + 1 end,
          window_started_at = case when ${expired} then now() else t.window_started_at end
        returning requests,
          extract(epoch from t.window_started_at + interval '60 seconds' - now()) as remaining`,
    );
  });
  const ok = row!.requests <= limit;
  return { ok, retryAfter: ok ? 0 : Math.max(1, Math.ceil(Number(row!.remaining))) };
}
