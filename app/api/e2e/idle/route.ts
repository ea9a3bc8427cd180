// POST /api/e2e/idle {"minutes": n} — test-only: makes the caller's own sessions look idle for
// `minutes` more, so the idle-session journey (e2e/session-idle.spec.ts) needs no hour of waiting.
// It answers 404 unless the server runs with E2E_HOOKS=1, which only the e2e server sets
// (scripts/e2e-server.ts). Even then it can only shorten the caller's own sessions.
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { ageUserSessions } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { errorResponse, json, readJson } from '@/lib/http';
import { assertSameOrigin } from '@/lib/same-origin';
import { parseInput } from '@/lib/validation/parse-input';

const ageSchema = z.strictObject({ minutes: z.number().positive().max(100_000) });

export async function POST(request: Request) {
  try {
    if (process.env.E2E_HOOKS !== '1') throw new AppError('not_found', 'Not found.');
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    const { minutes } = parseInput(ageSchema, await readJson(request, 1024));
    await ageUserSessions(await getDb(), actor.id, minutes);
    return json({ ok: true });
  } catch (error) {
    return errorResponse(error);
  }
}
