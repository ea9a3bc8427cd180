// The append-only audit log: services call `recordAudit` inside the transaction that made the
// change, so the row exists exactly when the change does. Nothing updates or deletes these rows.
import type { Executor } from '@/db';
import { auditLog } from '@/db/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: 'user' | 'story' | 'session' | 'settings' | 'section' | 'tag' | 'media';
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
