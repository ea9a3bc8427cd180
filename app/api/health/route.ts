// GET /api/health — 200 when the database answers a query, else 503. Never cached.
import { getDatabaseHandle } from '@/db';

export async function GET() {
  let ok = false;
  try {
    ok = await (await getDatabaseHandle()).ping();
  } catch {
    ok = false;
  }
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
