// Links in story bodies may point only at the web or at an email address (docs/product.md).
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto URL with no hidden control characters. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  // Browsers drop tabs, newlines and other controls inside schemes ("java\tscript:"): refuse them.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** True for a link that leaves the site, which readers' browsers should open without referrer. */
export function isExternalHref(href: string): boolean {
  return href.startsWith('http:') || href.startsWith('https:');
}

/** Images in story bodies come from the media library, or from an https address. */
export function isSafeImageSrc(src: unknown): src is string {
  return (
    typeof src === 'string' &&
    src.length <= 2048 &&
    !/[\u0000-\u0020\u007f-\u009f]/.test(src) &&
    ((src.startsWith('/media/') && !src.includes('..')) || src.startsWith('https://'))
  );
}
