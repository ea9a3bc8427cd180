// GET /api/media/{id} — one image and the stories that use it (those the caller may open, and how
// many others).
// PATCH /api/media/{id} — replace its alt text, caption and credit.
// DELETE /api/media/{id}[?confirm=1] — delete it; 409 naming the stories that use it, unless confirmed.
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { errorResponse, json, readJson } from '@/lib/http';
import { mediaStorage } from '@/lib/media/storage';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { assertSameOrigin } from '@/lib/same-origin';
import { mediaByIds } from '@/lib/services/media';
import { deleteMedia, describeMedia } from '@/lib/services/media-changes';
import { mediaUsageFor } from '@/lib/services/media-usage';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    const db = await getDb();
    const item = (await mediaByIds(db, [id])).get(id);
    if (!item) throw new AppError('not_found', 'Unknown image.');
    return json({ item, ...(await mediaUsageFor(db, actor, id)) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    const { item, invalidation } = await describeMedia(
      await getDb(),
      actor,
      (await params).id,
      await readJson(request, 16 * 1024),
    );
    applyInvalidation(invalidation);
    return json({ item });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    const confirmed = new URL(request.url).searchParams.get('confirm') === '1';
    applyInvalidation(
      await deleteMedia(await getDb(), mediaStorage(), actor, (await params).id, { confirmed }),
    );
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
