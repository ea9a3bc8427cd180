import { describe, expect, it } from 'vitest';
import { inUploadLine } from './upload-form';

/** An upload whose body says when it is first read, and ends only when told to. */
function upload(name: string, reads: string[]) {
  const boundary = 'dateline-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${name}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        reads.push(name);
        controller.enqueue(encoder.encode(`${head}bytes of ${name}${tail}`));
        controller.close();
      },
    },
    { highWaterMark: 0 }, // pulled only when read
  );
  return new Request('http://localhost/api/media', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit);
}

describe('uploads in line', () => {
  it('reads two forms at a time and leaves the others unread until a place frees', async () => {
    const reads: string[] = [];
    const stored: string[] = [];
    const finish = new Map<string, () => void>();
    const store = (form: { bytes: Buffer; alt?: string }) =>
      new Promise<string>((resolve) => {
        stored.push(form.alt!);
        finish.set(form.alt!, () => resolve(form.bytes.toString()));
      });
    const results = ['a', 'b', 'c', 'd'].map((name) => inUploadLine(upload(name, reads), store));
    await expect.poll(() => stored).toEqual(['a', 'b']);
    expect(reads).toEqual(['a', 'b']); // c and d wait with their bodies unread
    finish.get('a')!();
    await expect.poll(() => stored).toEqual(['a', 'b', 'c']);
    expect(reads).toEqual(['a', 'b', 'c']);
    finish.get('b')!();
    finish.get('c')!();
    await expect.poll(() => stored).toHaveLength(4);
    finish.get('d')!();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'].map((n) => `bytes of ${n}`));
  });

  it('refuses a form without a file, and frees its place', async () => {
    const form = new FormData();
    form.set('alt', 'no picture');
    const request = () => new Request('http://localhost/api/media', { method: 'POST', body: form });
    for (let i = 0; i < 3; i++) {
      await expect(inUploadLine(request(), async () => 'stored')).rejects.toThrow(
        'Choose an image to upload.',
      );
    }
  });
});
