// One webhook request (docs/wire.md): a POST of the signed payload with an overall time limit,
// through a connection whose address is checked (address.ts). Answers the status code, or the
// reason there was none.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { allowPrivate, guardedLookup, isPrivateAddress } from './address';

export interface SendResult {
  status: number | null;
  error: string | null;
}

export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<SendResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ status: null, error: 'invalid address' });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // A literal address is connected to without a lookup: check it here.
    if (net.isIP(host) && !allowPrivate() && isPrivateAddress(host)) {
      return resolve({ status: null, error: 'webhook address is private' });
    }
    const client = target.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Dateline-Wire/1',
        },
      },
      (response) => {
        response.resume(); // the answer's body is not read, only drained
        finish({ status: response.statusCode ?? null, error: null });
      },
    );
    // The whole exchange, not only the connection: a receiver that accepts and never answers
    // gives its slot back after `timeoutMs`.
    const timer = setTimeout(() => {
      request.destroy(new Error('timed out'));
      finish({ status: null, error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    request.on('error', (error) => finish({ status: null, error: error.message.slice(0, 200) }));
    request.end(body);
  });
}
