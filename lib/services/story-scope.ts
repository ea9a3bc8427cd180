// Reaching a story: the scope rule (correspondents only their own) lives in the query itself.
import { and, asc, eq } from 'drizzle-orm';
import { authoredBy } from '@/lib/authored-by';
import type { Executor } from '@/db';
import { stories, storyAuthors } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isEditor, type Actor } from '@/lib/permissions';
import { parseInput } from '@/lib/validation/parse-input';
import { storyIdSchema } from '@/lib/validation/story';

/** The condition that keeps a correspondent to their own stories. */
export function inScope(actor: Actor, db: Executor) {
  return isEditor(actor) ? undefined : authoredBy(db, actor.id);
}

export async function authorIdsOf(db: Executor, storyId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: storyAuthors.userId })
    .from(storyAuthors)
    .where(eq(storyAuthors.storyId, storyId))
    .orderBy(asc(storyAuthors.position));
  return rows.map((row) => row.userId);
}

/** Loads a story the actor may reach, locking it when asked; not_found otherwise. */
export async function storyInScope(db: Executor, actor: Actor, id: unknown, lock = false) {
  const storyId = parseInput(storyIdSchema, id);
  const query = db
    .select()
    .from(stories)
    .where(and(eq(stories.id, storyId), inScope(actor, db)));
  const [story] = lock ? await query.for('update') : await query;
  if (!story) throw new AppError('not_found', 'No such story, or it is not yours.');
  const authorIds = await authorIdsOf(db, story.id);
  return { story, scope: { id: story.id, state: story.state, authorIds } };
}
