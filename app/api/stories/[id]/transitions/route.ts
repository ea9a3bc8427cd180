// POST /api/stories/{id}/transitions — take a workflow step (submit, publish, withdraw…).
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { errorResponse, json, readJson } from '@/lib/http';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { assertSameOrigin } from '@/lib/same-origin';
import { transitionStory } from '@/lib/services/workflow';
import { storyPath } from '@/lib/hreflang';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    const result = await transitionStory(
      await getDb(),
      actor,
      (await params).id,
      await readJson(request, 64 * 1024),
    );
    applyInvalidation(result.invalidation);
    const slug = result.touched.slugs.at(-1);
    return json({
      state: result.state,
      version: result.version,
      slug,
      // Its public address, under its language's prefix (lib/hreflang.ts).
      path: slug ? storyPath({ slug, language: result.touched.language }) : undefined,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
