// Reaching a story: the scope rule (correspondents only their own) lives in the query itself.
import { and, asc, eq } from 'drizzle-orm';
import { authoredBy } from '@/lib/authored-by';
import type { Executor } from '@/db';
import { stories, storyAuthors } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isEditor, ScopeRefusal, type Actor, type StoryAction } from '@/lib/permissions';
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

const NO_SUCH_STORY = 'No such story, or it is not yours.';

/**
 * Loads a story the actor may reach, locking it when asked; not_found otherwise. `action` is what
 * the caller was about to do with it: when the story exists but is a colleague's, the 404 is a
 * `ScopeRefusal` saying so, which the entry point audits like a 403 (docs/security.md).
 */
export async function storyInScope(
  db: Executor,
  actor: Actor,
  id: unknown,
  { lock = false, action = 'story.view' }: { lock?: boolean; action?: StoryAction } = {},
) {
  const storyId = parseInput(storyIdSchema, id);
  const query = db
    .select()
    .from(stories)
    .where(and(eq(stories.id, storyId), inScope(actor, db)));
  const [story] = lock ? await query.for('update') : await query;
  if (!story) throw await outOfReach(db, actor, action, storyId);
  const authorIds = await authorIdsOf(db, story.id);
  return { story, scope: { id: story.id, state: story.state, authorIds } };
}

/** Why a story is out of reach: unknown (nothing to audit), or someone else's (a refusal). */
async function outOfReach(db: Executor, actor: Actor, action: StoryAction, storyId: string) {
  if (isEditor(actor)) return new AppError('not_found', NO_SUCH_STORY);
  const [exists] = await db
    .select({ id: stories.id })
    .from(stories)
    .where(eq(stories.id, storyId))
    .limit(1);
  if (!exists) return new AppError('not_found', NO_SUCH_STORY);
  return new ScopeRefusal(actor, action, { type: 'story', id: storyId }, NO_SUCH_STORY);
}
