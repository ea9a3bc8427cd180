import type { storyReport } from '@/lib/analytics/report/reports';
import { ReportFigure } from './report-figure';

/** A story's readers since publication: the total, and views per day as a small chart. */
export function StoryViews({
  storyId,
  report,
}: {
  storyId: string;
  report: Awaited<ReturnType<typeof storyReport>>;
}) {
  return (
    <section aria-labelledby="story-views-heading" className="space-y-2">
      <h2 id="story-views-heading" className="font-semibold">
        Readers
      </h2>
      {report.publishedAt ? (
        <>
          <p>
            <strong data-testid="story-views-total">{report.total.toLocaleString('en')}</strong>{' '}
            views since publication
          </p>
          <ReportFigure
            id="story-views"
            report={report}
            csv={`/api/analytics/story?id=${storyId}`}
          />
        </>
      ) : (
        <p className="text-muted">Counted from its publication.</p>
      )}
    </section>
  );
}
