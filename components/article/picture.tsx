// A library image on a public page: AVIF and WebP sources, a JPEG fallback, intrinsic size so
// the page does not jump while it loads.
import {
  fallbackRendition,
  mediaUrl,
  pictureSources,
  srcsetOf,
  type PublicImage,
} from '@/lib/public/images';

interface Props {
  image: PublicImage;
  /** How wide the image is laid out, for the browser's choice of rendition. */
  sizes: string;
  className?: string;
  /** The first image a reader sees loads at once; the others when scrolled to. */
  priority?: boolean;
  /** Decorative copies (a thumbnail beside a linked headline) carry no alt text of their own. */
  decorative?: boolean;
}

export function Picture({ image, sizes, className, priority = false, decorative = false }: Props) {
  const fallback = fallbackRendition(image.renditions);
  if (!fallback) return null;
  return (
    <picture>
      {pictureSources(image.renditions).map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={mediaUrl(fallback.key)}
        srcSet={srcsetOf(image.renditions, 'jpeg')}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={decorative ? '' : image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  );
}

/** The line under a picture: its caption and, in smaller type, its credit. */
export function Caption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="mt-2 text-sm text-muted">
      {caption}
      {caption && credit ? ' ' : null}
      {credit ? <span className="text-xs tracking-wide uppercase">{credit}</span> : null}
    </figcaption>
  );
}

/** A story's featured picture at the top of what it leads: full width, captioned and credited. */
export function FeaturedFigure({
  image,
  sizes,
  className,
}: {
  image: PublicImage;
  sizes: string;
  className: string;
}) {
  return (
    <figure className={className}>
      <Picture image={image} sizes={sizes} className="w-full" priority />
      <Caption caption={image.caption} credit={image.credit} />
    </figure>
  );
}
