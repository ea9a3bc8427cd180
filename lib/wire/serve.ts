// The wire API on the production server's own request path (scripts/server.ts).
import type http from 'node:http';
import { getDb } from '@/db';
import { securityHeaders } from '@/lib/security-headers';
import { WIRE_PREFIX, answerWire } from './api';
import { registerBodyRenderer } from './render';

// This process renders wire bodies, for the API and for the delivery worker beside it.
registerBodyRenderer();

export const isWireAddress = (pathname: string) => pathname.startsWith(WIRE_PREFIX);

export async function serveWire(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  let status = 500;
  let headers: Record<string, string> = {};
  let text = JSON.stringify({ error: 'The wire is unavailable; try again.' });
  try {
    const url = new URL(request.url ?? '/', 'http://wire.invalid');
    ({ status, headers, text } = await answerWire(await getDb(), {
      method: request.method ?? 'GET',
      url,
      authorization: request.headers.authorization,
    }));
  } catch (error) {
    console.error(`dateline: wire API: ${(error as Error).message.split('\n')[0]}`);
    status = 503;
  }
  for (const [name, value] of securityHeaders('non-page')) response.setHeader(name, value);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'private, no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(request.method === 'HEAD' ? undefined : text);
}
