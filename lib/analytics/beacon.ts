// The view beacon: `GET /api/views/{storyId}`, a 1×1 image every article carries (public pages
// run no script). It is answered by the production server before Next, with `no-store`, so
// neither the page cache nor the nginx front keeps it: a view is counted whichever of them served
// the page (ARCHITECTURE.md, "Reader analytics"). Crawlers, prefetches and HEAD requests are
// answered but not counted; nothing about the request is kept but the story and the hour.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { analyticsOn, viewCounter } from './counter';

export const BEACON_PREFIX = '/api/views/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** User agents of crawlers, link previews, monitors and scripts: their visits are not readers'. */
const NOT_A_READER =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|mediapartners|lighthouse|pingdom|uptime|monitor|curl\/|wget\/|python|go-http-client|java\/|libwww|httpclient|okhttp|scrapy|feedfetcher|headless(?!chrome)/i;

/** Whether a beacon request is a reader's view. */
export function isReaderView(request: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  if (request.method !== 'GET') return false;
  const { headers } = request;
  const agent = headers['user-agent'];
  if (!agent || NOT_A_READER.test(agent)) return false;
  const purpose = `${headers['purpose'] ?? ''} ${headers['sec-purpose'] ?? ''} ${headers['x-moz'] ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

/** The story a beacon address names, or null when it is not one. */
export function beaconStoryId(pathname: string): string | null {
  if (!pathname.startsWith(BEACON_PREFIX)) return null;
  const id = pathname.slice(BEACON_PREFIX.length).toLowerCase();
  return UUID.test(id) ? id : null;
}

/** Answers a beacon request; false when the address is not one (it goes on to Next). */
export function serveViewBeacon(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? '/';
  const mark = url.indexOf('?');
  const storyId = beaconStoryId(mark < 0 ? url : url.slice(0, mark));
  if (!storyId) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' });
    response.end();
    return true;
  }
  if (analyticsOn() && isReaderView(request)) viewCounter().record(storyId);
  response.writeHead(200, {
    'Content-Type': 'image/gif',
    'Content-Length': PIXEL.length,
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : PIXEL);
  return true;
}
