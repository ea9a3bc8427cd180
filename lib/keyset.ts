// The condition of a keyset page read newest first: rows strictly older than the last one shown,
// the id breaking ties between equal times. Desk lists and public lists page the same way, and
// their indexes (`… desc, id desc`) are read in this order.
import { and, eq, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';

export function olderThan(
  time: AnyColumn,
  id: AnyColumn,
  last: { at: Date; id: string },
): SQL | undefined {
  return or(lt(time, last.at), and(eq(time, last.at), lt(id, last.id)));
}
