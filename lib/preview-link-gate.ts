// /preview/{token} (docs/product.md, "Preview"): the production server asks here before Next
// renders the page. A link that opens nothing (unknown, expired, revoked, a withdrawn story) is
// answered 410 with a plain notice; every answer is private, never stored, never indexed.
import type { ServerResponse } from 'node:http';
import type { Database } from '@/db';
import { securityHeaders } from '@/lib/security-headers';
import { previewLinkWorks } from '@/lib/services/preview-links';

export const PREVIEW_LINK_PATH = /^\/preview\/([^/]*)$/;

export const PREVIEW_LINK_HEADERS: [string, string][] = [
  ['Cache-Control', 'private, no-store'],
  ['X-Robots-Tag', 'noindex'],
];

const GONE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This preview link does not work</title>
</head>
<body>
<main>
<h1>This preview link does not work</h1>
<p>It has expired or been revoked, or the story is no longer available. Ask whoever sent it for a new link.</p>
</main>
</body>
</html>
`;

/** True when the link works (the caller hands the request to Next); otherwise answers 410. */
export async function gatePreviewLink(
  db: Database,
  pathname: string,
  response: ServerResponse,
): Promise<boolean> {
  const match = PREVIEW_LINK_PATH.exec(pathname);
  for (const [name, value] of PREVIEW_LINK_HEADERS) response.setHeader(name, value);
  if (match && (await previewLinkWorks(db, match[1]!))) return true;
  for (const [name, value] of securityHeaders('plain-page')) response.setHeader(name, value);
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.writeHead(410).end(GONE_PAGE);
  return false;
}
