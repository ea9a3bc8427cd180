// GET /api/tags?q= — the editor's tag picker: live tags whose name contains the words, and whether
// one has exactly that name. POST /api/tags {name, storyId} — creates a tag from a story's editor,
// for anyone who may edit that story (lib/services/taxonomy.ts).
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { errorResponse, json, readJson } from '@/lib/http';
import { assertSameOrigin } from '@/lib/same-origin';
import { createTaxonomy } from '@/lib/services/taxonomy';
import { searchTags } from '@/lib/services/taxonomy-reads';

export async function GET(request: Request) {
  try {
    await requireActor();
    const q = new URL(request.url).searchParams.get('q') ?? '';
    return json(await searchTags(await getDb(), q));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    const input = (await readJson(request, 4_096)) as { name?: unknown; storyId?: unknown };
    const tag = await createTaxonomy(await getDb(), actor, 'tag', {
      name: input?.name,
      storyId: input?.storyId ?? null,
    });
    return json({ id: tag.id, name: tag.name, slug: tag.slug }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
