// One chronological list of everything that happened to a story: revisions, comments and every
// audited step (transitions, publications, corrections, withdrawals), each with who and when.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db';
import { auditLog, comments, revisions, users } from '@/db/schema';
import { AUTHZ_DENIED, CHECKLIST_OVERRIDE } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/permissions';
import { TRANSITION_NAMES, ruleOf } from '@/lib/workflow';
import { storyInScope } from './story-scope';

export interface TimelineEntry {
  at: Date;
  who: string;
  kind: 'revision' | 'comment' | 'step';
  text: string;
}

const STEP_TEXT: Record<string, string> = {
  'story.create': 'created the story',
  ...Object.fromEntries(
    TRANSITION_NAMES.map((transition) => [`story.${transition}`, ruleOf(transition).history]),
  ),
  'story.restore_revision': 'restored an earlier revision',
  'story.scheduled_publication': 'published it on schedule',
  'story.scheduled_publication_failed': 'could not publish it on schedule',
  [CHECKLIST_OVERRIDE]: 'went ahead over the checklist’s warnings',
};

export async function storyTimeline(db: Database, actor: Actor, id: unknown) {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  const [steps, notes, saves] = await Promise.all([
    db
      .select({
        at: auditLog.at,
        who: users.displayName,
        action: auditLog.action,
        comment: auditLog.comment,
        newValue: auditLog.newValue,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(
        and(
          eq(auditLog.subjectType, 'story'),
          eq(auditLog.subjectId, story.id),
          // What someone tried and was refused is for admins, not part of the story's history.
          ne(auditLog.action, AUTHZ_DENIED),
        ),
      )
      .orderBy(asc(auditLog.at)),
    db
      .select({ at: comments.createdAt, who: users.displayName, body: comments.body })
      .from(comments)
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.storyId, story.id)),
    db
      .select({
        at: revisions.createdAt,
        who: users.displayName,
        number: revisions.number,
        reason: revisions.reason,
      })
      .from(revisions)
      .leftJoin(users, eq(users.id, revisions.authorId))
      .where(eq(revisions.storyId, story.id)),
  ]);
  const entries: TimelineEntry[] = [
    ...steps.map((step) => {
      const publishAt = (step.newValue as { publishAt?: string } | null)?.publishAt;
      const overridden = (step.newValue as { warnings?: string[] } | null)?.warnings;
      const detail =
        step.action === 'story.schedule' && publishAt
          ? ` for ${publishAt}`
          : step.action === CHECKLIST_OVERRIDE && overridden
            ? `: ${overridden.join('; ')}`
            : '';
      return {
        at: step.at,
        who: step.who ?? 'The scheduler',
        kind: 'step' as const,
        text: `${STEP_TEXT[step.action] ?? step.action}${detail}${step.comment ? `: “${step.comment}”` : ''}`,
      };
    }),
    ...notes.map((note) => ({
      at: note.at,
      who: note.who ?? 'Someone',
      kind: 'comment' as const,
      text: note.body,
    })),
    ...saves.map((save) => ({
      at: save.at,
      who: save.who ?? 'The scheduler',
      kind: 'revision' as const,
      text: `revision ${save.number} (${save.reason})`,
    })),
  ];
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { story, entries };
}
