// What kind of image an upload is, read from its first bytes. The file name and the type the
// browser declared are the uploader's to choose, so neither is trusted: only the signature at the
// start of the file decides. Anything without one of the five accepted signatures (SVG, HTML,
// scripts, HEIC, TIFF, PDF…) is not an image Dateline will process.
import type { ImageType } from './types';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The brands that mark an ISO-BMFF file as AVIF: a still image, or an image sequence. */
const AVIF_BRANDS = new Set(['avif', 'avis']);

function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, i) => bytes[offset + i] === byte);
}

/** Bytes as text, for the ASCII tags of GIF, RIFF and ISO-BMFF headers ('' past the end). */
function ascii(bytes: Uint8Array, offset: number, length = 4): string {
  if (bytes.length < offset + length) return '';
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/**
 * AVIF is an ISO-BMFF file opening with an `ftyp` box: its size (4 bytes), `ftyp`, the major
 * brand, a minor version, then compatible brands up to the end of the box. HEIC shares the
 * layout, so the brands are what tell them apart.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4) !== 'ftyp') return false;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (boxSize < 16) return false;
  if (AVIF_BRANDS.has(ascii(bytes, 8))) return true;
  const end = Math.min(boxSize, bytes.length);
  for (let offset = 16; offset + 4 <= end; offset += 4) {
    if (AVIF_BRANDS.has(ascii(bytes, offset))) return true;
  }
  return false;
}

/** The image type from the file's signature, or null when it is not one Dateline accepts. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  const gifVersion = ascii(bytes, 0, 6);
  if (gifVersion === 'GIF87a' || gifVersion === 'GIF89a') return 'gif';
  if (ascii(bytes, 0) === 'RIFF' && ascii(bytes, 8) === 'WEBP') return 'webp';
  if (isAvif(bytes)) return 'avif';
  return null;
}
