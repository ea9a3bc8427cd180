// A story's history: its revisions, newest first, and bringing an old one back as a new save.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db';
import { revisions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { parseInput } from '@/lib/validation/parse-input';
import type { SaveResult } from './story-save';
import { saveStory } from './stories';
import { storyInScope } from './story-scope';

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: Date;
  author: string | null;
  reason: string;
  headline: string;
}

export async function listRevisions(db: Database, actor: Actor, id: unknown) {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  const rows = await db
    .select({
      id: revisions.id,
      number: revisions.number,
      createdAt: revisions.createdAt,
      author: users.displayName,
      reason: revisions.reason,
      meta: revisions.meta,
      body: revisions.body,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.storyId, story.id))
    .orderBy(desc(revisions.number));
  return { story, canEdit: can(actor, 'story.edit', scope), revisions: rows };
}

/** Makes an old revision the working copy again, as a new revision: nothing is destroyed. */
export async function restoreRevision(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
): Promise<SaveResult> {
  const { revisionNumber, baseVersion } = parseInput(
    z.object({ revisionNumber: z.int().positive(), baseVersion: z.int().positive() }),
    input,
  );
  const { story, scope } = await storyInScope(db, actor, id, { action: 'story.edit' });
  assertCan(actor, 'story.edit', scope);
  const [old] = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.storyId, story.id), eq(revisions.number, revisionNumber)));
  if (!old) throw new AppError('not_found', 'No such revision.');
  const reason = `restore of #${revisionNumber}`;
  const result = await saveStory(
    db,
    actor,
    story.id,
    {
      baseVersion,
      meta: {
        headline: old.meta.headline,
        standfirst: old.meta.standfirst,
        dateline: old.meta.dateline,
        slug: old.meta.slug,
        sectionId: old.meta.sectionId,
        priority: old.meta.priority,
        authorIds: old.meta.authorIds,
        tagIds: old.meta.tagIds,
      },
      body: old.body,
    },
    { reason },
  );
  await recordAudit(db, {
    actorId: actor.id,
    action: 'story.restore_revision',
    subjectType: 'story',
    subjectId: story.id,
    newValue: { restored: revisionNumber, as: result.revisionNumber },
  });
  return result;
}
