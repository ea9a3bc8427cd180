// POST /api/media — upload an image (multipart: file, alt, caption, credit); 201 with the library
// item, 200 when the same file is already in the library.
// GET /api/media?q=&before= — the library, newest first, for the editor's picker.
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { errorResponse, json } from '@/lib/http';
import { IMAGE_LIMITS } from '@/lib/media/process';
import { mediaStorage } from '@/lib/media/storage';
import { inUploadLine } from '@/lib/media/upload-form';
import { assertSameOrigin } from '@/lib/same-origin';
import { listMedia } from '@/lib/services/media';
import { uploadMedia } from '@/lib/services/media-upload';

// Room for the form's other fields and multipart boundaries around the file itself.
const MAX_REQUEST_BYTES = IMAGE_LIMITS.maxBytes + 64 * 1024;

export async function POST(request: Request) {
  try {
    assertSameOrigin(request.headers);
    const actor = await requireActor();
    // Refused from the declared length, before a byte of the body is read.
    const declared = Number(request.headers.get('content-length') ?? NaN);
    if (!Number.isFinite(declared)) {
      throw new AppError('invalid', 'The upload must declare its length.');
    }
    if (declared > MAX_REQUEST_BYTES) {
      throw new AppError(
        'too_large',
        `The file is larger than ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB.`,
      );
    }
    // Read and stored a few at a time: a form holds its file several times over (upload-form.ts).
    const { item, existing } = await inUploadLine(request, async ({ bytes, ...description }) =>
      uploadMedia(await getDb(), mediaStorage(), actor, bytes, description),
    );
    return json({ item, existing }, existing ? 200 : 201);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    const url = new URL(request.url);
    return json(
      await listMedia(await getDb(), actor, {
        q: url.searchParams.get('q') ?? '',
        before: url.searchParams.get('before') ?? undefined,
      }),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
