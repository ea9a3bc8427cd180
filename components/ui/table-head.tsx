import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Extra classes, e.g. to hide a column on narrow screens. */
  className?: string;
}

/** The header row of the desk's dense tables: small capitals, a rule beneath. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="border-b border-rule text-xs text-muted uppercase">
      <tr>
        {columns.map((column, index) => (
          <th
            key={index}
            scope="col"
            className={`py-1.5 font-medium ${index < columns.length - 1 ? 'pr-4' : ''} ${column.className ?? ''}`}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
