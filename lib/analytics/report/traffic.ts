// Views for the desk (/desk/analytics): over time, by story, section and author. Every query
// reads within the actor's view (scope.ts); days are the newsroom's. Charts over time, and the
// newsroom's views by section and author, add up the hourly totals (view_totals_hourly, written
// with the story rows); what needs each story reads the story rows.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import { isEditor, type Actor } from '@/lib/permissions';
import { dayStart, storyInView, totalsInView, zone } from './scope';

export interface Point {
  /** An hour (ISO time) or a day (YYYY-MM-DD). */
  at: string;
  views: number;
}

export interface Ranked {
  id: string | null;
  label: string;
  views: number;
}

const toPoints = (rows: { at: Date | string; views: number }[], day: boolean): Point[] =>
  rows.map((row) => ({
    at: day ? String(row.at).slice(0, 10) : new Date(row.at).toISOString(),
    views: Number(row.views),
  }));

/** Views per hour over the last `hours` hours, the current one included; empty hours are 0. */
export async function viewsByHour(db: Executor, actor: Actor, hours = 48): Promise<Point[]> {
  const rows = await queryRows<{ at: Date; views: number }>(
    db,
    sql`with v as (
          select t.hour, sum(t.views)::int as views from view_totals_hourly t
          where t.hour >= date_trunc('hour', now()) - make_interval(hours => ${hours - 1})
            and ${totalsInView(actor)}
          group by t.hour
        )
        select g.hour as at, coalesce(v.views, 0)::int as views
        from generate_series(date_trunc('hour', now()) - make_interval(hours => ${hours - 1}),
                             date_trunc('hour', now()), interval '1 hour') as g(hour)
        left join v on v.hour = g.hour
        order by g.hour`,
  );
  return toPoints(rows, false);
}

/** Views per newsroom day over the last `days` days, today included. */
export async function viewsByDay(db: Executor, actor: Actor, days = 30): Promise<Point[]> {
  const rows = await queryRows<{ at: string; views: number }>(
    db,
    sql`with v as (
          select (t.hour at time zone ${zone()})::date as day, sum(t.views)::int as views
          from view_totals_hourly t
          where t.hour >= ${dayStart(days - 1)} and ${totalsInView(actor)}
          group by 1
        )
        select d::date::text as at, coalesce(v.views, 0)::int as views
        from generate_series((now() at time zone ${zone()})::date - ${days - 1}::int,
                             (now() at time zone ${zone()})::date, interval '1 day') as d
        left join v on v.day = d::date
        order by d`,
  );
  return toPoints(rows, true);
}

/** The most viewed stories since midnight (`today`) or over the last seven days (`week`). */
export async function topStories(
  db: Executor,
  actor: Actor,
  period: 'today' | 'week',
  limit = 10,
): Promise<Ranked[]> {
  const since = period === 'today' ? dayStart(0) : dayStart(6);
  return queryRows<Ranked>(
    db,
    sql`select s.id, s.headline as label, v.views
        from (select h.story_id, sum(h.views)::int as views from story_views_hourly h
              where h.hour >= ${since} and ${storyInView(actor, sql`h.story_id`)}
              group by h.story_id order by views desc limit ${limit}) v
        join stories s on s.id = v.story_id
        order by v.views desc, s.headline`,
  );
}

/** Views by section over the last `days` days (stories without one: "No section"). */
export async function viewsBySection(db: Executor, actor: Actor, days = 7): Promise<Ranked[]> {
  if (isEditor(actor)) {
    // The site's total less the sections' is the views of stories without a section.
    return queryRows<Ranked>(
      db,
      sql`with t as (
            select t.dimension, t.subject, sum(t.views)::int as views from view_totals_hourly t
            where t.hour >= ${dayStart(days - 1)} and t.dimension in ('site', 'section')
            group by t.dimension, t.subject
          ), ranked as (
            select sec.id, sec.name as label, t.views
            from t join sections sec on sec.id = t.subject where t.dimension = 'section'
            union all
            select null, 'No section',
                   coalesce((select sum(views) from t where dimension = 'site'), 0)
                   - coalesce((select sum(views) from t where dimension = 'section'), 0)
          )
          select id, label, views::int from ranked where views > 0 order by views desc, label`,
    );
  }
  return queryRows<Ranked>(
    db,
    sql`select sec.id, coalesce(sec.name, 'No section') as label, sum(v.views)::int as views
        from (select h.story_id, sum(h.views) as views from story_views_hourly h
              where h.hour >= ${dayStart(days - 1)} and ${storyInView(actor, sql`h.story_id`)}
              group by h.story_id) v
        join stories s on s.id = v.story_id
        left join sections sec on sec.id = s.section_id
        group by sec.id, sec.name order by views desc, label`,
  );
}

/** Views by author over the last `days` days: a story with two authors counts for each. */
export async function viewsByAuthor(db: Executor, actor: Actor, days = 7): Promise<Ranked[]> {
  if (isEditor(actor)) {
    return queryRows<Ranked>(
      db,
      sql`select u.id, u.display_name as label, sum(t.views)::int as views
          from view_totals_hourly t join users u on u.id = t.subject
          where t.hour >= ${dayStart(days - 1)} and t.dimension = 'author'
          group by u.id, u.display_name order by views desc, label limit 20`,
    );
  }
  return queryRows<Ranked>(
    db,
    sql`select u.id, u.display_name as label, sum(v.views)::int as views
        from (select h.story_id, sum(h.views) as views from story_views_hourly h
              where h.hour >= ${dayStart(days - 1)} and ${storyInView(actor, sql`h.story_id`)}
              group by h.story_id) v
        join story_authors sa on sa.story_id = v.story_id
        join users u on u.id = sa.user_id
        group by u.id, u.display_name order by views desc, label limit 20`,
  );
}
