// GET /api/analytics/{report} — a desk analytics table as CSV (lib/analytics/report/reports.ts);
// `story` with `?id=` is one story's views per day. The reports read within the user's view:
// a correspondent's export holds their own stories' figures only, and another's story is a 404.
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http';
import { toCsv } from '@/lib/analytics/report/csv';
import { NEWSROOM_REPORTS, isNewsroomReport, storyReport } from '@/lib/analytics/report/reports';

type Context = { params: Promise<{ report: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const actor = await requireActor();
    const { report: name } = await params;
    const db = await getDb();
    let report;
    if (name === 'story') {
      report = await storyReport(db, actor, new URL(request.url).searchParams.get('id'));
    } else if (isNewsroomReport(name)) {
      report = await NEWSROOM_REPORTS[name](db, actor);
    } else {
      throw new AppError('not_found', 'No such report.');
    }
    return new Response(toCsv(report.table), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="dateline-${name}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
