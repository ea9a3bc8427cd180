// Which request addresses name something at all, asked by proxy.ts before anything else.

/**
 * Whether a request's path, as sent, decodes to text. Escapes that are not UTF-8 (`%FF`, a lone
 * surrogate `%ED%A0%80`, a cut sequence `%E0%A4%A`), that are not escapes (`%zz`) or that decode
 * to control characters (`%00`) name no page, story or file. Next would answer some of them with a
 * server error (a dynamic segment it cannot decode), and PostgreSQL cannot even compare text
 * holding NUL, so they are refused before any route or query.
 */
export function isReadableAddress(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}
