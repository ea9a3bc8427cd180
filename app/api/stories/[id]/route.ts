// GET /api/stories/{id} — the working copy, for the editor.
// PUT /api/stories/{id} — save the working copy; 409 with the current copy when it was stale.
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { errorResponse, json, readJson } from '@/lib/http';
import { assertSameOrigin } from '@/lib/same-origin';
import { MAX_BODY_BYTES } from '@/lib/story-schema';
import { loadEditorState, saveStory } from '@/lib/services/stories';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    const actor = await requireActor();
    return json(await loadEditorState(await getDb(), actor, (await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PUT(request: Request, { params }: Context) {
  const { id } = await params;
  let actor;
  try {
    assertSameOrigin(request.headers);
    actor = await requireActor();
    const input = await readJson(request, MAX_BODY_BYTES + 64 * 1024);
    return json(await saveStory(await getDb(), actor, id, input));
  } catch (error) {
    const stale = error instanceof AppError && error.code === 'conflict' && !error.fields.slug;
    if (stale && actor) {
      // The editor shows the other version beside the user's own.
      const current = await loadEditorState(await getDb(), actor, id);
      return json({ error: { code: 'conflict', message: error.message }, current }, 409);
    }
    return errorResponse(error);
  }
}
