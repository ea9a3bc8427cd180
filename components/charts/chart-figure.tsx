import type { ReactNode } from 'react';
import { DataTable, type TableData } from './data-table';

/**
 * A chart with its title, and its figures as a table in a <details> beneath it (the chart's
 * alternative for screen readers and for reading exact numbers), with a CSV link when given.
 */
export function ChartFigure({
  id,
  title,
  table,
  csv,
  children,
}: {
  id: string;
  title: string;
  table: TableData;
  csv?: string;
  children: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 rounded border border-rule p-3">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <div className="mt-2">{children}</div>
      <details className="mt-2">
        <summary className="cursor-pointer text-muted">Table of figures</summary>
        <div className="mt-2">
          <DataTable table={table} caption={title} />
        </div>
      </details>
      {csv ? (
        <a href={csv} download className="mt-1 inline-block text-muted underline">
          Download CSV<span className="sr-only">: {title}</span>
        </a>
      ) : null}
    </figure>
  );
}
