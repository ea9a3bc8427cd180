// Turns an uploaded image into what the site serves: the original, kept as uploaded, and
// re-encoded renditions at a few widths in AVIF, WebP and JPEG. Uploads come from anyone with a
// staff login and may come from anywhere, so each check runs before the next costs anything:
// the size, then the signature (sniff.ts), then the dimensions from the header alone, so a
// decompression bomb is refused before a single pixel is decoded.
//
// The original is decoded once, at the largest width needed, into raw pixels; every rendition
// is made from those pixels. Raw pixels carry no metadata, so EXIF (camera, GPS position), XMP
// and IPTC cannot reach a rendition, and colour profiles are applied on the way in, leaving sRGB
// with no profile to embed.
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { createLimiter, limitFromEnv } from '../concurrency';
import { AppError } from '../errors';
import { sniffImageType } from './sniff';
import type { ImageType, ProcessedImage, ProcessedRendition, RenditionFormat } from './types';

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  /** The longest side, so a 1 × 50,000,000 strip is refused as well as a huge square. */
  maxSide: number;
}

export const IMAGE_LIMITS: ImageLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxPixels: 50_000_000,
  maxSide: 12_000,
};

/** Widths a rendition is made at (never wider than the image itself). */
export const RENDITION_WIDTHS = [480, 960, 1600];

/** In the order a page offers them: the smallest files first, JPEG for every other browser. */
const FORMATS: readonly RenditionFormat[] = ['avif', 'webp', 'jpeg'];

const MIME_TYPES: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

const CONTENT_TYPES: Record<RenditionFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

/** Major brands of HEIC/HEIF photos (AVIF shares the container, but sniff.ts accepts that). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

const ACCEPTED = 'Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded.';

const DAMAGED =
  'The file is damaged or incomplete, so it could not be read as an image. ' +
  'Export or download it again and upload the new copy.';

// Decoding and encoding an image holds its pixels and an encoder's buffers (AVIF's are large)
// until its last rendition is made. Ten 10 MB photos uploaded at once and processed together
// were all answered together, after 15 to 17 s, at a peak of 728 MiB; two at a time keep both
// cores busy (one photo alone leaves a core idle while its largest AVIF finishes), answered
// them one after another from 5 s to 16 s and peaked at 660 MiB (bench/load.ts, test plan 64 in
// docs/testing.md); reading the forms in line too (upload-form.ts) brought that under 512 MiB.
const processing = createLimiter(limitFromEnv('MEDIA_PROCESS_CONCURRENCY', 2));

// libvips keeps recent operations and their pixels (up to 50 MB) for reuse; every upload is a new
// image, so nothing is ever reused and the cache only holds memory.
sharp.cache(false);

/** Raw pixels and their layout, as sharp returns and accepts them. */
interface Pixels {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

const refuse = (code: 'invalid' | 'too_large', message: string): never => {
  throw new AppError(code, message);
};

const count = (n: number) => n.toLocaleString('en-US');

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${count(Math.round(mb * 10) / 10)} MB` : `${count(Math.ceil(bytes / 1024))} KB`;
}

function checkSize(bytes: Buffer, limits: ImageLimits): void {
  if (bytes.length > limits.maxBytes) {
    refuse(
      'too_large',
      `The file is larger than ${megabytes(limits.maxBytes)}, the most an upload may be. ` +
        'Export the image at a smaller size and upload it again.',
    );
  }
}

/** The type from the signature, or a refusal naming what the file is when that helps. */
function checkType(bytes: Buffer): ImageType {
  const type = sniffImageType(bytes);
  if (type) return type;
  if (bytes.length === 0) refuse('invalid', `The file is empty. ${ACCEPTED}`);
  const head = bytes.subarray(0, 1024).toString('latin1').toLowerCase();
  // SVG is text and can carry scripts and links that would run on the site's own origin.
  if (head.includes('<svg')) {
    refuse('invalid', `SVG images are not accepted, because they can contain scripts. ${ACCEPTED}`);
  }
  // iPhones save HEIC by default; saying so saves the correspondent a guess.
  if (head.slice(4, 8) === 'ftyp' && HEIF_BRANDS.has(head.slice(8, 12))) {
    refuse('invalid', `HEIC photos are not accepted; export the photo as JPEG. ${ACCEPTED}`);
  }
  return refuse('invalid', `The file is not an image Dateline can use. ${ACCEPTED}`);
}

/** The format sharp reads the file as must agree with the signature (HEIC can pose as AVIF). */
function agreesWithSignature(type: ImageType, metadata: Metadata): boolean {
  if (type === 'avif') return metadata.format === 'heif' && metadata.compression === 'av1';
  return metadata.format === type;
}

/**
 * Width and height as displayed, from the header only. sharp 0.35's metadata() applies
 * limitInputPixels itself and, for an image over it, says only "exceeds pixel limit"; the header
 * is read with that check off so the refusal can give the size, and the decode keeps the limit.
 */
async function readDimensions(
  bytes: Buffer,
  type: ImageType,
  limits: ImageLimits,
): Promise<{ width: number; height: number }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch {
    return refuse('invalid', DAMAGED);
  }
  if (!agreesWithSignature(type, metadata)) refuse('invalid', DAMAGED);
  // For animated GIF and WebP these are the first frame's, the only one decoded.
  const { width, height } = metadata.autoOrient;
  if (!(width > 0 && height > 0)) refuse('invalid', DAMAGED);
  if (width * height > limits.maxPixels || Math.max(width, height) > limits.maxSide) {
    refuse(
      'invalid',
      `The image is ${count(width)} × ${count(height)} pixels; the largest accepted is ` +
        `${count(limits.maxPixels / 1_000_000)} megapixels, with no side over ` +
        `${count(limits.maxSide)} pixels. Export it at a smaller size and upload it again.`,
    );
  }
  return { width, height };
}

/**
 * The widths to make: each standard width the image reaches, and the image's own width when it
 * falls short of the largest, so a narrow image still has a full-size rendition. Never wider
 * than the original: upscaling adds bytes, not detail.
 */
export function renditionWidths(imageWidth: number): number[] {
  const widths = RENDITION_WIDTHS.filter((width) => width <= imageWidth);
  if (imageWidth < Math.max(...RENDITION_WIDTHS)) widths.push(imageWidth);
  return [...new Set(widths)].sort((a, b) => a - b);
}

/**
 * The one full decode: orientation applied (so EXIF orientation 6 comes out upright), first
 * frame only, converted to 8-bit sRGB, shrunk to the largest rendition width. A failure here is
 * a file whose header was fine but whose pixels are not (truncated, corrupt).
 */
async function decode(bytes: Buffer, limits: ImageLimits, width: number): Promise<Pixels> {
  try {
    return await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', pages: 1 })
      .rotate()
      .resize({ width })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    return refuse('invalid', DAMAGED);
  }
}

function fromPixels({ data, info }: Pixels): Sharp {
  const { width, height, channels } = info;
  return sharp(data, { raw: { width, height, channels } });
}

async function resizePixels(pixels: Pixels, width: number): Promise<Pixels> {
  if (width === pixels.info.width) return pixels;
  return fromPixels(pixels).resize({ width }).raw().toBuffer({ resolveWithObject: true });
}

/**
 * Quality settings chosen for photographs at article widths. AVIF effort 3 keeps a
 * 12-megapixel upload near a second on two cores (bench/media.ts); effort 4, sharp's default,
 * took several times longer for files about a fifth smaller.
 */
function encoder(pixels: Pixels, format: RenditionFormat): Sharp {
  const image = fromPixels(pixels);
  switch (format) {
    case 'avif':
      return image.avif({ quality: 50, effort: 3, chromaSubsampling: '4:2:0' });
    case 'webp':
      return image.webp({ quality: 78 });
    case 'jpeg':
      // JPEG has no transparency: transparent areas of a PNG or GIF become white, as on the page.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
  }
}

async function encode(pixels: Pixels, format: RenditionFormat): Promise<ProcessedRendition> {
  const { data, info } = await encoder(pixels, format).toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    format,
    contentType: CONTENT_TYPES[format],
    body: data,
  };
}

async function renditionsAt(base: Pixels, width: number): Promise<ProcessedRendition[]> {
  const pixels = await resizePixels(base, width);
  return Promise.all(FORMATS.map((format) => encode(pixels, format)));
}

/**
 * Checks an upload and makes its renditions. Refusals are AppErrors (`too_large` or `invalid`)
 * worded for the correspondent who uploaded the file; nothing is decoded for a refused file
 * beyond its header.
 */
export async function processImage(
  bytes: Buffer,
  limits: Partial<ImageLimits> = {},
): Promise<ProcessedImage> {
  const limit: ImageLimits = {
    maxBytes: limits.maxBytes ?? IMAGE_LIMITS.maxBytes,
    maxPixels: limits.maxPixels ?? IMAGE_LIMITS.maxPixels,
    maxSide: limits.maxSide ?? IMAGE_LIMITS.maxSide,
  };
  checkSize(bytes, limit);
  const type = checkType(bytes);
  const { width, height } = await readDimensions(bytes, type, limit);

  const widths = renditionWidths(width);
  const renditions = await processing(async () => {
    const base = await decode(bytes, limit, widths.at(-1)!);
    const perWidth = await Promise.all(widths.map((w) => renditionsAt(base, w)));
    return perWidth.flat();
  });
  renditions.sort(
    (a, b) => a.width - b.width || FORMATS.indexOf(a.format) - FORMATS.indexOf(b.format),
  );

  return {
    type,
    mimeType: MIME_TYPES[type],
    width,
    height,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    original: bytes,
    renditions,
  };
}
