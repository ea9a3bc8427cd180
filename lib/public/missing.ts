// "Not found" on public pages. Next 16 answers notFound() in a dynamic page with an empty error
// shell whose content only JavaScript can show (vercel/next.js#62228), and public pages carry no
// JavaScript. So a public page with nothing to show renders the designed notice itself, with this
// metadata, and the page cache (cached-response.ts) answers it with status 404.
import type { Metadata } from 'next';

const MARKER_NAME = 'dateline-status';

export const MISSING_METADATA: Metadata = {
  title: 'Page not found',
  robots: { index: false },
  other: { [MARKER_NAME]: '404' },
};

/** Whether rendered HTML is the notice of a missing public page. */
export function isMissingPage(html: string): boolean {
  return html.includes(`<meta name="${MARKER_NAME}" content="404"/>`);
}
