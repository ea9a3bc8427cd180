// The thread on each story between its authors and the editors. Never public.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { comments, users } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/permissions';
import { commentSchema } from '@/lib/validation/comments';
import { parseInput } from '@/lib/validation/parse-input';
import { editorIds, notify } from './notifications';
import { authorIdsOf, storyInScope } from './story-scope';

export async function listComments(db: Database, actor: Actor, storyId: unknown) {
  const { story, scope } = await storyInScope(db, actor, storyId);
  assertCan(actor, 'story.view', scope);
  return db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      author: users.displayName,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.storyId, story.id))
    .orderBy(asc(comments.createdAt));
}

export async function addComment(
  db: Database,
  actor: Actor,
  storyId: unknown,
  input: unknown,
): Promise<void> {
  const { body } = parseInput(commentSchema, input);
  await db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, storyId, { action: 'story.comment' });
    assertCan(actor, 'story.comment', scope);
    await tx.insert(comments).values({ storyId: story.id, authorId: actor.id, body });
    // Authors hear from the desk; the desk hears from authors.
    const audience = scope.authorIds.includes(actor.id)
      ? [...(await editorIds(tx)), ...(await authorIdsOf(tx, story.id))]
      : scope.authorIds;
    await notify(tx, audience, {
      kind: 'comment',
      storyId: story.id,
      actorId: actor.id,
      message: `New comment on “${story.headline || 'Untitled'}”.`,
    });
  });
}
