import { TableHead } from '@/components/ui/table-head';

export interface TableData {
  columns: string[];
  rows: (string | number)[][];
}

/** A chart's figures as a table: what a screen reader reads, and anyone who wants the numbers. */
export function DataTable({ table, caption }: { table: TableData; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={table.columns.map((label) => ({ label }))} />
        <tbody className="divide-y divide-rule">
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td
                  key={column}
                  className={`py-1 ${column < row.length - 1 ? 'pr-4' : ''} ${typeof cell === 'number' ? 'tabular-nums' : ''}`}
                >
                  {typeof cell === 'number' ? cell.toLocaleString('en') : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
