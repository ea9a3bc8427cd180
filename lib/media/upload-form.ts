// Reading an upload's form (POST /api/media) in line. A form read whole holds about three copies
// of its file (the body, the parsed part, the bytes handed on), so ten 10 MB uploads read at once
// took 350 MB before any processing, and the server passed its memory budget (bench/load.ts,
// test plan 64 in docs/testing.md). Only MEDIA_UPLOAD_CONCURRENCY uploads (default 2) are read
// and stored at a time; the others wait with their bodies unread, their senders held back by TCP.
import { createLimiter, limitFromEnv } from '@/lib/concurrency';
import { AppError } from '@/lib/errors';

export interface UploadForm {
  bytes: Buffer;
  alt?: string;
  caption?: string;
  credit?: string;
}

const line = createLimiter(limitFromEnv('MEDIA_UPLOAD_CONCURRENCY', 2));

/** Reads `request`'s form when its turn comes and hands it to `store`, which runs in the line. */
export function inUploadLine<T>(
  request: Request,
  store: (form: UploadForm) => Promise<T>,
): Promise<T> {
  return line(async () => store(await readForm(request)));
}

async function readForm(request: Request): Promise<UploadForm> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('invalid', 'The upload could not be read; send it as a form.');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError('invalid', 'Choose an image to upload.', { file: 'Choose an image.' });
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    bytes: Buffer.from(await file.arrayBuffer()),
    alt: text('alt'),
    caption: text('caption'),
    credit: text('credit'),
  };
}
