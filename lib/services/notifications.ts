// In-desk notifications: written inside the transaction of what they announce.
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { notifications, stories, users } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/permissions';

export async function notify(
  tx: Executor,
  userIds: string[],
  entry: { kind: string; storyId: string | null; actorId: string | null; message: string },
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== entry.actorId);
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(recipients.map((userId) => ({ userId, ...entry })));
}

/** Active editors and admins: who hears of new submissions. */
export async function editorIds(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), or(eq(users.role, 'editor'), eq(users.role, 'admin'))));
  return rows.map((row) => row.id);
}

export async function unreadCount(db: Database, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: Database, actor: Actor, limit = 50) {
  assertCan(actor, 'account.manage_own');
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      message: notifications.message,
      storyId: notifications.storyId,
      headline: stories.headline,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(stories, eq(stories.id, notifications.storyId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function markAllRead(db: Database, actor: Actor, ids?: string[]): Promise<void> {
  assertCan(actor, 'account.manage_own');
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, actor.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
}
