// GET /media/renditions/{name} — a stored rendition, from the configured storage. Names are
// content-hashed, so a response never changes: readers, CDNs and the nginx front keep it for a
// year. Originals (`originals/`) are private and never served.
import { mediaStorage } from '@/lib/media/storage';

const RENDITION = /^renditions\/[a-f0-9]{20}-\d{1,5}\.(?:avif|webp|jpg)$/;

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  const missing = () =>
    new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  if (!RENDITION.test(key)) return missing();
  const object = await mediaStorage().get(key);
  if (!object) return missing();
  return new Response(new Uint8Array(object.body), {
    headers: {
      'Content-Type': object.contentType,
      'Content-Length': String(object.body.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
