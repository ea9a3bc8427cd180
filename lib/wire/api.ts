// The wire API, version 1 (docs/wire.md), as a function of a request's method, address and
// `Authorization` header: `GET /api/wire/v1/items?after=&limit=` and `GET /api/wire/v1/items/{id}`.
// The production server answers it in its own process (serve.ts), like the public pages, because
// items carry bodies rendered by React's server renderer.
import type { Database } from '@/db';
import { countRequest, partnerForKey } from './access';
import { currentItem, listItems } from './items';

export const WIRE_PREFIX = '/api/wire/v1/';

export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  /** The answer's JSON. */
  text: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const error = (status: number, message: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  text: JSON.stringify({ error: message }),
});

export async function answerWire(
  db: Database,
  request: { method: string; url: URL; authorization?: string },
): Promise<WireAnswer> {
  const path = request.url.pathname.slice(WIRE_PREFIX.length);
  const one = /^items\/([^/]+)$/.exec(path);
  if (path !== 'items' && !one) return error(404, 'Unknown address.');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return error(405, 'Only GET is answered.', { allow: 'GET, HEAD' });
  }
  const partner = await partnerForKey(db, request.authorization);
  if (!partner) {
    return error(401, 'A valid API key is required.', { 'www-authenticate': 'Bearer' });
  }
  const rate = await countRequest(db, partner.keyHash);
  if (!rate.ok) {
    return error(429, 'Too many requests.', { 'retry-after': String(rate.retryAfter) });
  }
  if (one) {
    const id = one[1]!;
    const item = UUID.test(id) ? await currentItem(db, partner, id.toLowerCase()) : null;
    return item ? { status: 200, headers: {}, text: item } : error(404, 'No such item.');
  }
  const after = request.url.searchParams.get('after') ?? '0';
  const limit = request.url.searchParams.get('limit') ?? '50';
  if (!/^\d{1,15}$/.test(after)) return error(400, '`after` is a cursor from a previous page.');
  if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 100) {
    return error(400, '`limit` is a number from 1 to 100.');
  }
  const page = await listItems(db, partner, Number(after), Number(limit));
  const text = `{"items":[${page.items.join(',')}],"next":${JSON.stringify(page.next)}}`;
  return { status: 200, headers: {}, text };
}
