// A report's table as CSV (RFC 4180: quoted when needed, CRLF lines). Text that a spreadsheet
// would take for a formula (a headline starting with "=", "+", "-", "@") is prefixed with an
// apostrophe, so opening an export never runs what a story's author typed.
import type { ReportTable } from './reports';

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: ReportTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
