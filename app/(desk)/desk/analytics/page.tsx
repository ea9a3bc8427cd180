import { forbidden } from 'next/navigation';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { can, isEditor } from '@/lib/permissions';
import { readingNow } from '@/lib/analytics/report/reading-now';
import { NEWSROOM_REPORTS, type NewsroomReport } from '@/lib/analytics/report/reports';
import { ReportFigure } from '@/components/desk/report-figure';

export const metadata = { title: 'Analytics' };

const READERS: NewsroomReport[] = [
  'views-48h',
  'views-30d',
  'top-today',
  'top-week',
  'by-section',
  'by-author',
];
const PRODUCTION: NewsroomReport[] = [
  'filed-published',
  'time-to-publish',
  'waiting',
  'corrections-withdrawals',
];

export default async function AnalyticsPage() {
  const user = await requireDeskUser();
  if (!can(user, 'analytics.view')) forbidden();
  const db = await getDb();
  const names = [...READERS, ...PRODUCTION];
  const [now, ...reports] = await Promise.all([
    readingNow(db, user),
    ...names.map((name) => NEWSROOM_REPORTS[name](db, user)),
  ]);
  const byName = new Map(names.map((name, i) => [name, reports[i]!]));
  const figures = (list: NewsroomReport[]) => (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      {list.map((name) => (
        <ReportFigure
          key={name}
          id={`report-${name}`}
          report={byName.get(name)!}
          csv={`/api/analytics/${name}`}
        />
      ))}
    </div>
  );

  return (
    <div className="space-y-8">
      <section aria-labelledby="analytics-heading">
        <h1 id="analytics-heading" className="text-lg font-semibold">
          Analytics
        </h1>
        <p className="mt-1 max-w-3xl text-muted">
          {isEditor(user)
            ? 'Readers and production across the newsroom.'
            : 'Readers and production of your own stories.'}{' '}
          Views are counted without cookies and without keeping anything about a reader.
        </p>
        <p className="mt-3 text-base">
          Reading now: <strong data-testid="reading-now">{now.toLocaleString('en')}</strong>{' '}
          <span className="text-muted">(views in the last five minutes)</span>
        </p>
      </section>
      <section aria-labelledby="readers-heading">
        <h2 id="readers-heading" className="font-semibold uppercase">
          Readers
        </h2>
        {figures(READERS)}
      </section>
      <section aria-labelledby="production-heading">
        <h2 id="production-heading" className="font-semibold uppercase">
          Production
        </h2>
        {figures(PRODUCTION)}
      </section>
    </div>
  );
}
