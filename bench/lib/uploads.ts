// Uploads for the load benchmark: large JPEGs of pure noise (nothing for the encoder to save, so
// a 10 MB file has the most pixels a 10 MB file can have at that quality, and every rendition is
// as costly as it gets), each different, sent to POST /api/media as the upload form sends them.
import crypto from 'node:crypto';
import sharp from 'sharp';

const QUALITY = 90;

async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: QUALITY })
    .toBuffer();
}

/** `count` different 4:3 noise JPEGs of about `bytes` each. */
export async function noiseJpegs(count: number, bytes: number): Promise<Buffer[]> {
  const sample = await noiseJpeg(800, 600);
  const pixels = (bytes / sample.length) * 800 * 600;
  const width = Math.round(Math.sqrt((pixels * 4) / 3));
  const height = Math.round((width * 3) / 4);
  const files: Buffer[] = [];
  for (let i = 0; i < count; i++) files.push(await noiseJpeg(width, height));
  return files;
}

/** One upload as the signed-in editor: its status, time and, when refused, what it said. */
export async function upload(origin: string, cookie: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name);
  form.append('alt', 'Noise, for the load benchmark');
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/api/media`, {
      method: 'POST',
      headers: { cookie, origin },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: Math.round(performance.now() - started),
      ...(response.status >= 300 ? { detail: text.slice(0, 200) } : {}),
    };
  } catch (error) {
    return {
      status: 0,
      ms: Math.round(performance.now() - started),
      detail: (error as Error).message,
    };
  }
}
