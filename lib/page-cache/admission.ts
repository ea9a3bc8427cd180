// Admission by client: how many public pages one client may ask for. A cached page costs the
// server as much for a loop as for a reader, so a single client looping over the article (with a
// fresh tracking parameter, or none) would take the server's time by the number of its
// connections. Each client has a bucket of PUBLIC_CLIENT_BURST requests that refills at
// PUBLIC_CLIENT_RATE a second; a request past it is held for a second and then answered 429, so a
// loop waits instead of spinning and the rest of the readers keep the server (docs/benchmarks.md,
// "The read path"). A page that must be rendered costs MISS_COST requests: a loop of distinct
// searches renders two a second at most, not twenty.
//
// A client is its address: the socket's, or the header named by TRUSTED_IP_HEADER behind a front
// that sets it. IPv6 addresses count by their /64, which one subscriber usually holds whole.
// Requests from this machine's own loopback without such a header (health checks, a front
// without TRUSTED_IP_HEADER, the test suites) are not limited: they would otherwise all share one
// bucket.
import type { IncomingMessage } from 'node:http';

interface Bucket {
  tokens: number;
  at: number;
}

export class ClientAdmission {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    /** Requests a second a client may keep up. */
    readonly rate: number,
    /** Requests a client may send at once before the rate applies. */
    readonly burst: number,
    /** Clients remembered; the least recently seen is forgotten past it. */
    readonly maxClients = 50_000,
  ) {}

  /** Takes one request from `client`'s bucket; false when it is empty. */
  admit(client: string, now = performance.now()): boolean {
    let bucket = this.buckets.get(client);
    if (bucket) {
      this.buckets.delete(client); // re-inserted below: the map keeps clients by last use
      bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
      bucket.at = now;
    } else {
      bucket = { tokens: this.burst, at: now };
      if (this.buckets.size >= this.maxClients) {
        this.buckets.delete(this.buckets.keys().next().value!);
      }
    }
    this.buckets.set(client, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /**
   * Takes `tokens` more from `client`, as much as its burst again at most: a render costs a client
   * more than a hit (MISS_COST), so a loop of distinct searches is slowed sooner.
   */
  charge(client: string, tokens: number): void {
    const bucket = this.buckets.get(client);
    if (bucket) bucket.tokens = Math.max(-this.burst, bucket.tokens - tokens);
  }

  get clients(): number {
    return this.buckets.size;
  }
}

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/** The client `request` counts against, or null for this machine's own requests. */
export function clientOf(request: IncomingMessage): string | null {
  const trusted = process.env.TRUSTED_IP_HEADER?.toLowerCase();
  const header = trusted ? request.headers[trusted] : undefined;
  const named = (Array.isArray(header) ? header[0] : header)?.trim();
  if (named && named.length <= 64) return clientKey(named);
  const address = request.socket.remoteAddress ?? '';
  return LOOPBACK.test(address) ? null : clientKey(address);
}

/** IPv4 addresses whole (also when mapped into IPv6); IPv6 addresses by their first 64 bits. */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const globalAdmission = globalThis as typeof globalThis & {
  __datelineAdmission?: ClientAdmission | null;
};

/**
 * This process's admission: PUBLIC_CLIENT_RATE requests a second per client (default 20),
 * PUBLIC_CLIENT_BURST at once (default 100); null when PUBLIC_CLIENT_RATE is 0 (no limit).
 */
export function clientAdmission(): ClientAdmission | null {
  if (globalAdmission.__datelineAdmission === undefined) {
    const rate = Number(process.env.PUBLIC_CLIENT_RATE ?? 20);
    const burst = Number(process.env.PUBLIC_CLIENT_BURST) || 100;
    globalAdmission.__datelineAdmission =
      Number.isFinite(rate) && rate > 0 ? new ClientAdmission(rate, Math.max(1, burst)) : null;
  }
  return globalAdmission.__datelineAdmission;
}

/** What a cache miss costs a client, in requests (a render costs far more than a hit). */
export const MISS_COST = 10;
/** How long a request past its client's bucket is held before its 429. */
export const HOLD_MS = 1000;
/** Requests held at once; past them a refused request's connection is closed at once. */
export const MAX_HELD = 2048;
