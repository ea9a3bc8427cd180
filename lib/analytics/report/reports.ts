// The desk's analytics as reports: each one a title, its figures as a table (shown under the
// chart and exported as CSV by app/api/analytics/[report]) and what its chart draws. One list,
// so the page, the CSV export and their permission check cannot drift apart. Every loader reads
// within the actor's view (scope.ts).
import type { Executor } from '@/db';
import type { Actor } from '@/lib/permissions';
import { timeZone } from '@/lib/dates';
import {
  correctionsAndWithdrawals,
  filedAndPublished,
  timeToPublish,
  waitingForReview,
} from './production';
import { storyViews } from './story';
import { topStories, viewsByAuthor, viewsByDay, viewsByHour, viewsBySection } from './traffic';
import type { Point, Ranked } from './traffic';

export interface ReportTable {
  columns: string[];
  rows: (string | number)[][];
}

export type ReportChart =
  | {
      kind: 'line';
      labels: string[];
      series: { name: string; values: number[] }[];
      xTitle: string;
      yTitle: string;
    }
  | { kind: 'bar'; bars: { label: string; value: number }[]; valueTitle: string };

export interface Report {
  title: string;
  table: ReportTable;
  chart: ReportChart;
  /** One sentence saying what the chart shows, for those who cannot see it. */
  summary: string;
}

const format = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone() });
const hourLabel = (iso: string) =>
  format({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const hourCell = (iso: string) =>
  format({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
// Days are calendar dates already in the newsroom's zone: shown as they are, never shifted.
const dayLabel = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);

function peak(points: Point[], label: (at: string) => string) {
  const best = points.reduce<Point | null>((a, p) => (!a || p.views > a.views ? p : a), null);
  return best && best.views > 0 ? `, most at ${label(best.at)} (${best.views})` : '';
}

function timeSeries(points: Point[], hourly: boolean, title: string): Report {
  const label = hourly ? hourLabel : dayLabel;
  const values = points.map((p) => p.views);
  return {
    title,
    table: {
      columns: [hourly ? 'Hour' : 'Day', 'Views'],
      rows: points.map((p) => [hourly ? hourCell(p.at) : p.at, p.views]),
    },
    chart: {
      kind: 'line',
      labels: points.map((p) => label(p.at)),
      series: [{ name: 'Views', values }],
      xTitle: hourly ? 'Hour' : 'Day',
      yTitle: 'Views',
    },
    summary: `${total(values)} views in all${peak(points, hourly ? hourCell : dayLabel)}.`,
  };
}

function ranked(rows: Ranked[], title: string, what: string, valueTitle = 'Views'): Report {
  const first = rows[0];
  return {
    title,
    table: { columns: [what, valueTitle], rows: rows.map((r) => [r.label, r.views]) },
    chart: { kind: 'bar', bars: rows.map((r) => ({ label: r.label, value: r.views })), valueTitle },
    summary: first
      ? `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}; first: ${first.label} (${first.views}).`
      : 'Nothing yet.',
  };
}

type Loader = (db: Executor, actor: Actor) => Promise<Report>;

export const NEWSROOM_REPORTS = {
  'views-48h': async (db, actor) =>
    timeSeries(await viewsByHour(db, actor, 48), true, 'Views, last 48 hours'),
  'views-30d': async (db, actor) =>
    timeSeries(await viewsByDay(db, actor, 30), false, 'Views, last 30 days'),
  'top-today': async (db, actor) =>
    ranked(await topStories(db, actor, 'today'), 'Top stories today', 'Story'),
  'top-week': async (db, actor) =>
    ranked(await topStories(db, actor, 'week'), 'Top stories this week', 'Story'),
  'by-section': async (db, actor) =>
    ranked(await viewsBySection(db, actor), 'Views by section, last 7 days', 'Section'),
  'by-author': async (db, actor) =>
    ranked(await viewsByAuthor(db, actor), 'Views by author, last 7 days', 'Author'),
  'filed-published': async (db, actor) => {
    const days = await filedAndPublished(db, actor);
    const filed = days.map((d) => d.filed);
    const published = days.map((d) => d.published);
    return {
      title: 'Stories filed and published, last 30 days',
      table: {
        columns: ['Day', 'Filed', 'Published'],
        rows: days.map((d) => [d.at, d.filed, d.published]),
      },
      chart: {
        kind: 'line',
        labels: days.map((d) => dayLabel(d.at)),
        series: [
          { name: 'Filed', values: filed },
          { name: 'Published', values: published },
        ],
        xTitle: 'Day',
        yTitle: 'Stories',
      },
      summary: `${total(filed)} filed and ${total(published)} published.`,
    };
  },
  'time-to-publish': async (db, actor) => {
    const delay = await timeToPublish(db, actor);
    const rows: Ranked[] = [
      { id: null, label: 'Median', views: delay.medianHours ?? 0 },
      { id: null, label: '90th percentile', views: delay.p90Hours ?? 0 },
    ];
    const report = ranked(
      rows,
      `Hours from submission to publication, last 30 days (${delay.stories} stories)`,
      'Measure',
      'Hours',
    );
    return {
      ...report,
      summary: `Median ${delay.medianHours ?? '–'} hours, 90th percentile ${delay.p90Hours ?? '–'} hours.`,
    };
  },
  waiting: async (db, actor) =>
    ranked(await waitingForReview(db, actor), 'Waiting for review, by age', 'Waiting', 'Stories'),
  'corrections-withdrawals': async (db, actor) => {
    const weeks = await correctionsAndWithdrawals(db, actor);
    const corrections = weeks.map((w) => w.corrections);
    const withdrawals = weeks.map((w) => w.withdrawals);
    return {
      title: 'Corrections and withdrawals per week, last 12 weeks',
      table: {
        columns: ['Week of', 'Corrections', 'Withdrawals'],
        rows: weeks.map((w) => [w.at, w.corrections, w.withdrawals]),
      },
      chart: {
        kind: 'line',
        labels: weeks.map((w) => dayLabel(w.at)),
        series: [
          { name: 'Corrections', values: corrections },
          { name: 'Withdrawals', values: withdrawals },
        ],
        xTitle: 'Week',
        yTitle: 'Count',
      },
      summary: `${total(corrections)} corrections and ${total(withdrawals)} withdrawals.`,
    };
  },
} satisfies Record<string, Loader>;

export type NewsroomReport = keyof typeof NEWSROOM_REPORTS;

export const isNewsroomReport = (name: string): name is NewsroomReport =>
  Object.hasOwn(NEWSROOM_REPORTS, name);

/** One story's views per day since publication (its editor's panel, its timeline). */
export async function storyReport(db: Executor, actor: Actor, storyId: unknown) {
  const views = await storyViews(db, actor, storyId);
  const report = timeSeries(views.days, false, 'Views per day since publication');
  return {
    ...report,
    total: views.total,
    publishedAt: views.publishedAt,
    summary: `${views.total} views in all.`,
  };
}
