// Images are processed two at a time (MEDIA_PROCESS_CONCURRENCY, default 2): every decode and
// encode of an upload happens inside the line, and an upload refused from its header never
// waits in it.
import sharp, { type Sharp } from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';

const line = vi.hoisted(() => ({ max: 0, running: 0, most: 0, tasks: 0 }));

vi.mock('../concurrency', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../concurrency')>();
  return {
    ...actual,
    createLimiter(max: number) {
      line.max = max;
      const limit = actual.createLimiter(max);
      return <T>(task: () => Promise<T>) =>
        limit(async () => {
          line.tasks++;
          line.running++;
          line.most = Math.max(line.most, line.running);
          try {
            return await task();
          } finally {
            line.running--;
          }
        });
    },
  };
});

const { processImage } = await import('./process');

const noise = (width: number, height: number, seed: number) =>
  sharp(
    Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * seed * 7919) % 251)),
    { raw: { width, height, channels: 3 } },
  )
    .jpeg()
    .toBuffer();

afterEach(() => vi.restoreAllMocks());

describe('processImage in line', () => {
  // Five real encodes to AVIF, WebP and JPEG: seconds on a busy machine.
  it('decodes and encodes each image inside the line, two images at a time', async () => {
    const outside: string[] = [];
    const toBuffer = sharp.prototype.toBuffer;
    vi.spyOn(sharp.prototype, 'toBuffer').mockImplementation(function (
      this: Sharp,
      ...args: unknown[]
    ) {
      if (line.running === 0) outside.push('toBuffer');
      return (toBuffer as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof toBuffer);
    const files = await Promise.all([1, 2, 3, 4, 5].map((seed) => noise(400, 300, seed)));
    vi.mocked(sharp.prototype.toBuffer).mockClear();
    outside.length = 0;

    const images = await Promise.all(files.map((file) => processImage(file)));

    expect(line.max).toBe(2);
    expect(line.most).toBeLessThanOrEqual(2);
    expect(line.tasks).toBe(5);
    expect(images.every((image) => image.renditions.length === 3)).toBe(true);
    // Per image, one decode and three encodes.
    expect(vi.mocked(sharp.prototype.toBuffer).mock.calls.length).toBeGreaterThanOrEqual(20);
    expect(outside).toEqual([]);
  }, 60_000);

  it('refuses a file that is not an image without waiting in the line', async () => {
    const before = line.tasks;
    await expect(processImage(Buffer.from('<svg onload="alert(1)"></svg>'))).rejects.toThrow();
    expect(line.tasks).toBe(before);
  });
});
