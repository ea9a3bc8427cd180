// The append-only audit log: services call `recordAudit` inside the transaction that made the
// change, so the row exists exactly when the change does. Refusals by the permission rules are the
// exception: nothing changed, and the request's transaction has rolled back, so `recordRefusal`
// writes them on their own, afterwards. Nothing updates or deletes these rows.
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '@/db/open';
import { auditLog } from '@/db/schema';
import type { PermissionRefusal, ScopeRefusal, Subject } from '@/lib/permissions';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: 'session' | 'section' | 'tag' | Subject['type'];
  subjectId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  comment?: string | null;
  ip?: string | null;
}

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    oldValue: entry.oldValue ?? null,
    newValue: entry.newValue ?? null,
    comment: entry.comment ?? null,
    ip: entry.ip ?? null,
  });
}

/** The audit action of a call the permission rules refused to a signed-in user. */
export const AUTHZ_DENIED = 'authz_denied';

/** A publish or schedule step that went over the publishing checklist's warnings. */
export const CHECKLIST_OVERRIDE = 'story.checklist_override';

/**
 * How many refusals are written, so that a script hammering a refused endpoint cannot fill the
 * table: the same refusal (actor, action, subject) once a minute, and at most `perActor` rows per
 * actor a minute whatever the subjects (a script naming a new id each time).
 */
export const REFUSAL_LIMITS = { perActor: 20, windowSeconds: 60 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Any fixed number: with the actor's hash, the key of the advisory lock that makes "at most one"
// hold when the same person's refused requests arrive in parallel.
const REFUSAL_LOCK_SPACE = 4_207_193;

/**
 * Writes an `authz_denied` row for a refusal, within `REFUSAL_LIMITS`; true when it wrote one.
 * The row says who (actor, and their role then), what they tried (`new_value.action`), on what
 * (subject type and id: an id only when it is one, not whatever a caller typed) and from where.
 */
export async function recordRefusal(
  db: Database,
  refusal: PermissionRefusal | ScopeRefusal,
  ip: string | null = null,
): Promise<boolean> {
  const { actor, action, subject } = refusal;
  const subjectId = subject.id && UUID.test(subject.id) ? subject.id.toLowerCase() : null;
  const window = sql`now() - ${`${REFUSAL_LIMITS.windowSeconds} seconds`}::interval`;
  const recent = sql`action = ${AUTHZ_DENIED} and actor_id = ${actor.id}::uuid and at > ${window}`;
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${REFUSAL_LOCK_SPACE}, hashtext(${actor.id}))`,
    );
    const written = await queryRows<{ id: number }>(
      tx,
      sql`insert into audit_log (actor_id, action, subject_type, subject_id, new_value, ip)
          select ${actor.id}::uuid, ${AUTHZ_DENIED}, ${subject.type}::text, ${subjectId}::text,
                 ${JSON.stringify({ action, role: actor.role })}::jsonb, ${ip}::text
          where (select count(*) from audit_log where ${recent}) < ${REFUSAL_LIMITS.perActor}
            and not exists (
              select 1 from audit_log
              where ${recent} and new_value ->> 'action' = ${action}
                and subject_type = ${subject.type}::text
                and subject_id is not distinct from ${subjectId}::text
            )
          returning id`,
    );
    return written.length > 0;
  });
}
