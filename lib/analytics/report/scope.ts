// Whose figures a reader of analytics sees, as a condition in the query itself (the desk's
// "ownership in the query" habit, lib/services/story-scope.ts): editors and admins the
// newsroom's, a correspondent those of the stories they are an author of, and nothing else.
import { sql, type SQL } from 'drizzle-orm';
import { assertCan, isEditor, type Actor } from '@/lib/permissions';
import { timeZone } from '@/lib/dates';

/**
 * A condition on a story id column: true for the newsroom, authorship for a correspondent.
 * `text`: the column is text (the audit log's subject), compared without casting it.
 */
export function storyInView(actor: Actor, storyId: SQL, text = false): SQL {
  assertCan(actor, 'analytics.view');
  if (isEditor(actor)) return sql`true`;
  const story = text ? sql`sa.story_id::text` : sql`sa.story_id`;
  return sql`exists (select 1 from story_authors sa
    where ${story} = ${storyId} and sa.user_id = ${actor.id}::uuid)`;
}

/**
 * The totals an actor's charts add up (view_totals_hourly, alias `t`): the site's for editors and
 * admins, their own as an author for a correspondent.
 */
export function totalsInView(actor: Actor): SQL {
  assertCan(actor, 'analytics.view');
  if (isEditor(actor)) return sql`t.dimension = 'site'`;
  return sql`t.dimension = 'author' and t.subject = ${actor.id}::uuid`;
}

/** The newsroom's time zone, as SQL text: days and weeks begin at its midnight. */
export const zone = () => sql`${timeZone()}::text`;

/** Midnight today in the newsroom, `days` days back, as a timestamptz. */
export const dayStart = (daysBack = 0) =>
  sql`(date_trunc('day', now() at time zone ${zone()}) - make_interval(days => ${daysBack}))
      at time zone ${zone()}`;
