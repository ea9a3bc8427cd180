// The newsroom's production figures for the desk, from the stories and the audit log's workflow
// rows (lib/services/workflow.ts writes one per step: `story.submit`, `story.publish`, ...),
// within the actor's view (scope.ts). Days and weeks are the newsroom's.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import type { Actor } from '@/lib/permissions';
import { dayStart, storyInView, zone } from './scope';

export interface DayCounts {
  at: string;
  filed: number;
  published: number;
}

/** Stories filed (submitted for the first time) and first published, per day. */
export async function filedAndPublished(db: Executor, actor: Actor, days = 30) {
  const rows = await queryRows<DayCounts>(
    db,
    sql`with firsts as (
          select a.subject_id, a.action, min(a.at) as at from audit_log a
          where a.subject_type = 'story' and a.action in ('story.submit', 'story.publish')
            and a.at >= ${dayStart(days - 1)}
            and ${storyInView(actor, sql`a.subject_id`, true)}
          group by a.subject_id, a.action
        ), per_day as (
          select (at at time zone ${zone()})::date as day,
                 count(*) filter (where action = 'story.submit')::int as filed,
                 count(*) filter (where action = 'story.publish')::int as published
          from firsts group by 1
        )
        select d::date::text as at, coalesce(p.filed, 0)::int as filed,
               coalesce(p.published, 0)::int as published
        from generate_series((now() at time zone ${zone()})::date - ${days - 1}::int,
                             (now() at time zone ${zone()})::date, interval '1 day') as d
        left join per_day p on p.day = d::date order by d`,
  );
  return rows;
}

export interface PublishDelay {
  stories: number;
  /** Hours from first submission to first publication; null without stories. */
  medianHours: number | null;
  p90Hours: number | null;
}

/** Median and 90th percentile of first submission to publication, for publications in the window. */
export async function timeToPublish(db: Executor, actor: Actor, days = 30): Promise<PublishDelay> {
  const [row] = await queryRows<{ stories: number; median: number | null; p90: number | null }>(
    db,
    sql`with published as (
          select a.subject_id, min(a.at) as at from audit_log a
          where a.subject_type = 'story' and a.action = 'story.publish'
            and a.at >= ${dayStart(days - 1)}
            and ${storyInView(actor, sql`a.subject_id`, true)}
          group by a.subject_id
        ), delays as (
          -- The first submission of each, read by the audit log's subject index.
          select extract(epoch from p.at - f.at) / 3600 as hours
          from published p
          cross join lateral (
            select min(b.at) as at from audit_log b
            where b.subject_type = 'story' and b.subject_id = p.subject_id
              and b.action = 'story.submit'
          ) f
          where f.at <= p.at
        )
        select count(*)::int as stories,
               percentile_cont(0.5) within group (order by hours) as median,
               percentile_cont(0.9) within group (order by hours) as p90
        from delays`,
  );
  const round = (value: number | null | undefined) =>
    value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;
  return { stories: row?.stories ?? 0, medianHours: round(row?.median), p90Hours: round(row?.p90) };
}

const AGES = [
  ['under 1 hour', 0, 1],
  ['1 to 6 hours', 1, 6],
  ['6 to 24 hours', 6, 24],
  ['1 to 3 days', 24, 72],
  ['over 3 days', 72, null],
] as const;

/** Stories waiting for review, by how long since they were submitted. */
export async function waitingForReview(db: Executor, actor: Actor) {
  const rows = await queryRows<{ hours: number }>(
    db,
    sql`select extract(epoch from now() - coalesce(
              (select max(a.at) from audit_log a where a.subject_type = 'story'
                 and a.subject_id = s.id::text and a.action = 'story.submit'),
              s.modified_at)) / 3600 as hours
        from stories s
        where s.state = 'submitted' and ${storyInView(actor, sql`s.id`)}`,
  );
  return AGES.map(([label, from, to]) => ({
    id: null,
    label,
    views: rows.filter((r) => Number(r.hours) >= from && (to === null || Number(r.hours) < to))
      .length,
  }));
}

export interface WeekCounts {
  at: string;
  corrections: number;
  withdrawals: number;
}

/** Corrections published and stories withdrawn, per week (weeks begin on Monday). */
export async function correctionsAndWithdrawals(db: Executor, actor: Actor, weeks = 12) {
  return queryRows<WeekCounts>(
    db,
    sql`with events as (
          select (c.value->>'at')::timestamptz as at, 'correction' as kind
          from stories s, jsonb_array_elements(s.corrections) c
          -- A correction modifies its story: older stories hold none of the window's.
          where s.modified_at >= ${dayStart(weeks * 7)} and s.corrections <> '[]'::jsonb
            and ${storyInView(actor, sql`s.id`)}
          union all
          select a.at, 'withdrawal' from audit_log a
          where a.subject_type = 'story' and a.action = 'story.withdraw'
            and a.at >= ${dayStart(weeks * 7)}
            and ${storyInView(actor, sql`a.subject_id`, true)}
        ), per_week as (
          select date_trunc('week', at at time zone ${zone()})::date as week,
                 count(*) filter (where kind = 'correction')::int as corrections,
                 count(*) filter (where kind = 'withdrawal')::int as withdrawals
          from events group by 1
        )
        select w::date::text as at, coalesce(p.corrections, 0)::int as corrections,
               coalesce(p.withdrawals, 0)::int as withdrawals
        from generate_series(date_trunc('week', now() at time zone ${zone()}) -
                               make_interval(weeks => ${weeks - 1}),
                             date_trunc('week', now() at time zone ${zone()}),
                             interval '1 week') as w
        left join per_week p on p.week = w::date order by w`,
  );
}
