// Revision rows as the save and the workflow write them: every save and every named step is one.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { revisions, type Revision, type RevisionMeta, type Story } from '@/db/schema';
import type { StoryBody } from '@/lib/story-body';

/** The revision the desk edits now. */
export async function workingRevision(tx: Executor, story: Story): Promise<Revision | undefined> {
  const [working] = await tx
    .select()
    .from(revisions)
    .where(eq(revisions.id, story.workingRevisionId!));
  return working;
}

/** Adds a revision after the story's last one. */
export async function insertRevision(
  tx: Executor,
  values: {
    storyId: string;
    body: StoryBody;
    meta: RevisionMeta;
    authorId: string | null;
    reason: string;
  },
): Promise<Revision> {
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${revisions.number}), 0)::int + 1` })
    .from(revisions)
    .where(eq(revisions.storyId, values.storyId))) as [{ next: number }];
  const [revision] = await tx
    .insert(revisions)
    .values({ ...values, number: next })
    .returning();
  return revision!;
}
