// Who else has a story open ("Name is also editing"), kept fresh by the editor's heartbeat.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { storyPresence, users } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/permissions';
import { storyInScope } from './story-scope';

/** Seconds after which someone who stopped sending heartbeats no longer counts as editing. */
export const PRESENCE_SECONDS = 45;

/** Records that the actor has the story open; answers who else has had it open just now. */
export async function heartbeat(db: Database, actor: Actor, id: unknown): Promise<string[]> {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  await db
    .insert(storyPresence)
    .values({ storyId: story.id, userId: actor.id })
    .onConflictDoUpdate({
      target: [storyPresence.storyId, storyPresence.userId],
      set: { seenAt: sql`now()` },
    });
  const others = await db
    .select({ name: users.displayName })
    .from(storyPresence)
    .innerJoin(users, eq(users.id, storyPresence.userId))
    .where(
      and(
        eq(storyPresence.storyId, story.id),
        ne(storyPresence.userId, actor.id),
        sql`${storyPresence.seenAt} > now() - ${`${PRESENCE_SECONDS} seconds`}::interval`,
      ),
    )
    .orderBy(asc(users.displayName));
  return others.map((row) => row.name);
}
