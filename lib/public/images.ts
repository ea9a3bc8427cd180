// How library images reach readers: responsive sources from a picture's renditions (AVIF, WebP,
// JPEG for the rest), and the one rendition that cards, feeds and structured data point at.
import type { Rendition } from '@/db/schema';

/** What public pages know of a library image. */
export interface PublicImage {
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  renditions: Rendition[];
}

const CONTENT_TYPES = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const;

export const mediaUrl = (key: string) => `/media/${key}`;

const byWidth = (renditions: Rendition[], format: Rendition['format']) =>
  renditions.filter((r) => r.format === format).sort((a, b) => a.width - b.width);

/** `srcset` of one format: every width it was made in. */
export function srcsetOf(renditions: Rendition[], format: Rendition['format']): string {
  return byWidth(renditions, format)
    .map((r) => `${mediaUrl(r.key)} ${r.width}w`)
    .join(', ');
}

/** The `<source>` elements of a `<picture>`, best compression first. */
export function pictureSources(renditions: Rendition[]) {
  return (['avif', 'webp'] as const)
    .map((format) => ({ type: CONTENT_TYPES[format], srcSet: srcsetOf(renditions, format) }))
    .filter((source) => source.srcSet);
}

/**
 * The one JPEG that stands for the image outside the page (Open Graph, JSON-LD, feeds): the
 * smallest at least 1,200 pixels wide, as social networks ask, else the widest there is.
 */
export function shareRendition(renditions: Rendition[]): Rendition | null {
  const jpegs = byWidth(renditions, 'jpeg');
  return jpegs.find((r) => r.width >= 1200) ?? jpegs.at(-1) ?? null;
}

/** The JPEG `<img src>` falls back to: the widest. */
export function fallbackRendition(renditions: Rendition[]): Rendition | null {
  return byWidth(renditions, 'jpeg').at(-1) ?? null;
}
