// One story's readers for the desk (its editor's side panel, its timeline): views per day since
// publication and in all, from the daily rows (older than 13 months) and the hourly ones. The
// story is reached through the desk's scope rule, so a correspondent sees only their own.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import { assertCan, type Actor } from '@/lib/permissions';
import { storyInScope } from '@/lib/services/story-scope';
import type { Point } from './traffic';
import { zone } from './scope';

export interface StoryViews {
  total: number;
  /** Per day since the first publication (at most the last `days`). */
  days: Point[];
  publishedAt: Date | null;
}

export async function storyViews(
  db: Executor,
  actor: Actor,
  storyId: unknown,
  days = 30,
): Promise<StoryViews> {
  assertCan(actor, 'analytics.view');
  const { story } = await storyInScope(db, actor, storyId);
  const [totals, series] = await Promise.all([
    queryRows<{ views: number }>(
      db,
      sql`select (coalesce((select sum(views) from story_views_daily where story_id = ${story.id}), 0)
                + coalesce((select sum(views) from story_views_hourly where story_id = ${story.id}), 0)
                )::int as views`,
    ),
    story.publishedAt
      ? queryRows<{ at: string; views: number }>(
          db,
          sql`with v as (
                select (hour at time zone ${zone()})::date as day, sum(views)::int as views
                from story_views_hourly where story_id = ${story.id}
                group by 1
              )
              select d::date::text as at, coalesce(v.views, 0)::int as views
              from generate_series(
                     greatest((${story.publishedAt.toISOString()}::timestamptz at time zone ${zone()})::date,
                              (now() at time zone ${zone()})::date - ${days - 1}::int),
                     (now() at time zone ${zone()})::date, interval '1 day') as d
              left join v on v.day = d::date order by d`,
        )
      : Promise.resolve([]),
  ]);
  return {
    total: Number(totals[0]?.views ?? 0),
    days: series.map((row) => ({ at: row.at, views: Number(row.views) })),
    publishedAt: story.publishedAt,
  };
}
