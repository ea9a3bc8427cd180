// "This story has that person among its authors", as a condition on `stories`. One definition for
// the desk's scope rule (correspondents reach only their own), the desk's author filter and the
// public author pages.
import { and, eq, exists } from 'drizzle-orm';
import type { Executor } from '@/db';
import { stories, storyAuthors } from '@/db/schema';

export function authoredBy(db: Executor, userId: string) {
  return exists(
    db
      .select({ one: storyAuthors.storyId })
      .from(storyAuthors)
      .where(and(eq(storyAuthors.storyId, stories.id), eq(storyAuthors.userId, userId))),
  );
}
