import type { Report } from '@/lib/analytics/report/reports';
import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure } from '@/components/charts/chart-figure';
import { LineChart } from '@/components/charts/line-chart';

/** An analytics report (lib/analytics/report/reports.ts) as its chart, table and CSV link. */
export function ReportFigure({ id, report, csv }: { id: string; report: Report; csv?: string }) {
  const { chart } = report;
  return (
    <ChartFigure id={id} title={report.title} table={report.table} csv={csv}>
      {chart.kind === 'line' ? (
        <LineChart
          id={id}
          labels={chart.labels}
          series={chart.series}
          xTitle={chart.xTitle}
          yTitle={chart.yTitle}
          summary={report.summary}
        />
      ) : chart.bars.length > 0 ? (
        <BarChart
          id={id}
          bars={chart.bars}
          valueTitle={chart.valueTitle}
          summary={report.summary}
        />
      ) : (
        <p className="text-muted">Nothing to show yet.</p>
      )}
    </ChartFigure>
  );
}
