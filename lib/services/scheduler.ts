// Publishing scheduled stories when their time comes: exactly once, even with several app
// instances or worker processes on one database. Due rows are claimed with
// `FOR UPDATE SKIP LOCKED`, so two schedulers never take the same story, and the state guard in
// applyTransition refuses a story that has meanwhile been published or unscheduled.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { queryRows } from '@/db/open';
import { stories } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { applyTransition, type TransitionResult } from './workflow';

export interface ScheduledPublication extends TransitionResult {
  storyId: string;
  /** How late it went out, by the database's clock (long after downtime). */
  delayMs: number;
}

export async function publishDueStories(
  db: Database,
  { batch = 20 }: { batch?: number } = {},
): Promise<ScheduledPublication[]> {
  const published: ScheduledPublication[] = [];
  // One story per transaction: a failure (a story missing its section, say) stops only that one.
  for (let i = 0; i < batch; i++) {
    const result = await db.transaction(async (tx) => {
      const [due] = await tx
        .select()
        .from(stories)
        .where(and(eq(stories.state, 'scheduled'), lte(stories.publishAt, sql`now()`)))
        .orderBy(asc(stories.publishAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return null;
      const [clock] = await queryRows<{ now: Date | string }>(tx, sql`select now() as now`);
      const delayMs = new Date(clock!.now).getTime() - due.publishAt!.getTime();
      try {
        // A savepoint: if publishing fails half-way, only its own writes are undone.
        const outcome = await tx.transaction((step) =>
          applyTransition(step, due, null, 'publish', {}),
        );
        await recordAudit(tx, {
          actorId: null,
          action: 'story.scheduled_publication',
          subjectType: 'story',
          subjectId: due.id,
          newValue: { delayMs, due: due.publishAt },
        });
        return { ...outcome, storyId: due.id, delayMs };
      } catch (error) {
        // Leave it scheduled but out of the way, and say why, so the desk sees it.
        await tx
          .update(stories)
          .set({ state: 'submitted', publishAt: null, version: due.version + 1 })
          .where(eq(stories.id, due.id));
        await recordAudit(tx, {
          actorId: null,
          action: 'story.scheduled_publication_failed',
          subjectType: 'story',
          subjectId: due.id,
          comment: (error as Error).message,
        });
        return 'failed' as const;
      }
    });
    if (result === null) break;
    if (result !== 'failed') published.push(result);
  }
  return published;
}
