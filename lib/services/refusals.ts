// What the permission rules refused, newest first, for admins (audit.view): the `authz_denied`
// rows that lib/refusal-audit.ts writes, with the person, story or image each one names.
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db';
import { auditLog, media, stories, users } from '@/db/schema';
import { AUTHZ_DENIED } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/permissions';

export interface RefusalEntry {
  id: number;
  at: Date;
  /** Who asked, and their role then; null once the person is deleted. */
  who: string | null;
  role: string;
  /** The action the rules refused, as lib/permissions names it (`story.publish`). */
  tried: string;
  subjectType: string;
  subjectId: string | null;
  /** The subject's name: a story's headline, a person's name, an image's alt text. */
  subject: string | null;
  ip: string | null;
}

export async function recentRefusals(
  db: Database,
  actor: Actor,
  limit = 100,
): Promise<RefusalEntry[]> {
  assertCan(actor, 'audit.view');
  const target = alias(users, 'target');
  const names = (type: string, id: unknown) =>
    and(eq(auditLog.subjectType, type), sql`${id}::text = ${auditLog.subjectId}`);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      who: users.displayName,
      attempt: auditLog.newValue,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      headline: stories.headline,
      person: target.displayName,
      alt: media.alt,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(stories, names('story', stories.id))
    .leftJoin(target, names('user', target.id))
    .leftJoin(media, names('media', media.id))
    .where(eq(auditLog.action, AUTHZ_DENIED))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map(({ attempt, headline, person, alt, ...row }) => {
    const { action = '', role = '' } = (attempt ?? {}) as { action?: string; role?: string };
    return { ...row, tried: action, role, subject: headline ?? person ?? alt ?? null };
  });
}
