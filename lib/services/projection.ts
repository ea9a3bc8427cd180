// The public projection (ARCHITECTURE.md, "The data model"): the story columns, byline and tags
// that readers' pages read, copied from a revision. The save keeps them in step with the working
// copy until first publication; going live copies them from the published revision.
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { storyAuthors, storyTags, type RevisionMeta } from '@/db/schema';
import { bodyToPlainText, type StoryBody } from '@/lib/story-body';

/** The projection's columns for a revision's metadata and body. */
export function projectionOf(meta: RevisionMeta, body: StoryBody) {
  return {
    headline: meta.headline,
    standfirst: meta.standfirst,
    dateline: meta.dateline,
    sectionId: meta.sectionId,
    priority: meta.priority,
    bodyText: bodyToPlainText(body),
  };
}

/** Replaces the story's byline and tags with the revision's. */
export async function setBylineAndTags(tx: Executor, storyId: string, meta: RevisionMeta) {
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, storyId));
  await tx
    .insert(storyAuthors)
    .values(meta.authorIds.map((userId, position) => ({ storyId, userId, position })));
  await tx.delete(storyTags).where(eq(storyTags.storyId, storyId));
  if (meta.tagIds.length) {
    await tx.insert(storyTags).values(meta.tagIds.map((tagId) => ({ storyId, tagId })));
  }
}
