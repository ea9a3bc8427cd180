// The browser-side defences every response carries (docs/security.md: headers), in one
// place. Pages that run Next's scripts (the desk, sign-in, any uncached render) get a policy with a
// fresh nonce per request: Next reads it from the request's Content-Security-Policy header and
// puts it on its own scripts, so no inline script runs without it ('strict-dynamic' lets those
// scripts load the chunks they need). Public pages from the page cache run no script at all, and
// API answers and media renditions nothing whatsoever.

/** Headers for every response (next.config.ts). */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  },
  // Browsers keep this only from https responses; behind TLS it pins the site to https.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];

const COMMON = [
  "default-src 'self'",
  // Library renditions are same-origin; an outside picture in a story body may be any https one.
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Answers that are not pages (JSON from the API, renditions from /media): nothing runs, nothing
 * loads, nothing frames them. Opened on its own, a rendition still shows (img-src 'self').
 */
export const NON_PAGE_POLICY = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy of a page Next renders with its scripts, for one request's nonce. */
export function scriptedPagePolicy(nonce: string): string {
  return [
    ...COMMON,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React and Tailwind set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
  ].join('; ');
}

/** The policy of a public page served as plain HTML: no script of any kind runs. */
export const PLAIN_PAGE_POLICY = [
  ...COMMON,
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}

export type AnswerKind = 'plain-page' | 'non-page' | { nonce: string };

/**
 * Every header of this file that an answer of `kind` carries: the fixed ones and its policy. The
 * production server (scripts/server.ts) sets them on every response, its own and Next's.
 */
export function securityHeaders(kind: AnswerKind): [string, string][] {
  const policy =
    kind === 'plain-page'
      ? PLAIN_PAGE_POLICY
      : kind === 'non-page'
        ? NON_PAGE_POLICY
        : scriptedPagePolicy(kind.nonce);
  return [
    ...SECURITY_HEADERS.map(({ key, value }): [string, string] => [key, value]),
    ['Content-Security-Policy', policy],
  ];
}
