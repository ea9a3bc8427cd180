// Stories as the desk lists them. Scope is part of the query: correspondents get only the stories
// they wrote, whatever filters are asked for.
import { and, desc, eq, exists } from 'drizzle-orm';
import type { Database } from '@/db';
import { sections, stories, storyAuthors, type Priority, type StoryState } from '@/db/schema';
import { isEditor, type Actor } from '@/lib/permissions';

export interface DeskStoryRow {
  id: string;
  headline: string;
  state: StoryState;
  priority: Priority;
  section: string | null;
  modifiedAt: Date;
}

export async function deskStories(
  db: Database,
  actor: Actor,
  limit = 100,
): Promise<DeskStoryRow[]> {
  const own = exists(
    db
      .select({ one: storyAuthors.storyId })
      .from(storyAuthors)
      .where(and(eq(storyAuthors.storyId, stories.id), eq(storyAuthors.userId, actor.id))),
  );
  return db
    .select({
      id: stories.id,
      headline: stories.headline,
      state: stories.state,
      priority: stories.priority,
      section: sections.name,
      modifiedAt: stories.modifiedAt,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(isEditor(actor) ? undefined : own)
    .orderBy(desc(stories.modifiedAt))
    .limit(limit);
}
