// Where an image is used: the stories that show it, as a given person may know them.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import type { StoryState } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions';
import { imageId } from './media';
import { authorIdsOf } from './story-scope';

export interface MediaUse {
  id: string;
  slug: string;
  headline: string;
  state: string;
}

/** The stories that show an image: in their working or live text, or as featured image. */
export async function mediaUsage(db: Executor, mediaId: string): Promise<MediaUse[]> {
  const needle = `%${mediaId}%`;
  return queryRows<MediaUse>(
    db,
    sql`select s.id, s.slug, s.headline, s.state from stories s
        left join revisions w on w.id = s.working_revision_id
        left join revisions p on p.id = s.published_revision_id
        where s.featured_media_id = ${mediaId}
           or w.body::text like ${needle} or w.meta::text like ${needle}
           or p.body::text like ${needle}
        order by s.modified_at desc`,
  );
}

/**
 * Where an image is used, as `actor` may know it: the stories they may open (story.view: editors
 * every story, correspondents their own), and how many others use it, unnamed. A colleague's
 * draft is not a correspondent's to read, headline included.
 */
export async function mediaUsageFor(
  db: Executor,
  actor: Actor,
  mediaId: string,
): Promise<{ usedIn: MediaUse[]; usedElsewhere: number }> {
  const uses = await mediaUsage(db, imageId(mediaId));
  const usedIn: MediaUse[] = [];
  for (const use of uses) {
    const scope = {
      id: use.id,
      state: use.state as StoryState,
      authorIds: await authorIdsOf(db, use.id),
    };
    if (can(actor, 'story.view', scope)) usedIn.push(use);
  }
  return { usedIn, usedElsewhere: uses.length - usedIn.length };
}
