// Where to go after signing in: a path on this site, never another origin.
const FALLBACK = '/desk';

/** Set by proxy.ts on desk requests: the path asked for, so an ended session can come back to it. */
export const DESK_PATH_HEADER = 'x-dateline-desk-path';

export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return FALLBACK;
  // "//host" and "/\\host" are protocol-relative for browsers; controls can hide either.
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return FALLBACK;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return FALLBACK;
  try {
    const base = 'http://dateline.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return FALLBACK;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith('//') ? FALLBACK : path;
  } catch {
    return FALLBACK;
  }
}
