// POST /api/stories/{id}/presence — "I have this story open"; answers who else has it open.
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { errorResponse, json } from '@/lib/http';
import { assertSameOrigin } from '@/lib/same-origin';
import { heartbeat } from '@/lib/services/presence';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    return json({ others: await heartbeat(await getDb(), actor, (await params).id) });
  } catch (error) {
    return errorResponse(error);
  }
}
