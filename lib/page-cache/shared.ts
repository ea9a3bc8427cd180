// The shared tier of the page cache: finished public pages in Redis (REDIS_URL), under each
// instance's in-memory cache (memory.ts). A page one instance rendered is found by the others,
// and by an instance started later, instead of each rendering it again. Unset REDIS_URL, and
// there is no shared tier at all.
//
// Coherence, as strong as the memory cache's: every tag has a version in Redis, a random token. A
// fill reads the versions of its page's tags before it renders and stores them with the page; a
// read takes the page and the current versions in one script, and a page whose versions differ is
// a miss. Applying an invalidation (invalidation.ts) deletes the versions of its tags; the next
// read makes new tokens, which no stored page carries. Tokens rather than counters: a counter that
// was evicted, expired or lost with a restart starts again at a number an old page may carry, a
// random token never comes back. Every instance applies every invalidation, and the first to
// reach Redis deletes (a marker per invalidation says it is done), so a publisher that crashed
// between its commit and Redis is covered by the others, and an instance starting up, which
// applies the last 30 seconds again, does not throw away pages rendered since.
//
// Until an instance has seen an invalidation it applied done in Redis, it reads no page carrying
// those tags from Redis: a deletion that failed (Redis away, the connection lost) is retried every
// 250 ms, and on every reconnection the instance deletes again the versions of the tags it
// invalidated within the last hour, in case Redis lost them (an older snapshot, a failover).
//
// Redis failing never fails a reader: a read gives up after REDIS_TIMEOUT_MS, nothing is queued
// while disconnected, the client reconnects by itself, and a page that cannot be read is rendered
// here as without Redis.
import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import { siteUrl } from '@/lib/site';
import { MARKER_TTL_MS, VERSION_TTL_MS, buildId, connectRedis, within } from './redis';
import type { CachedPage } from './memory';
import { decodeEntry, encodeEntry } from './shared-entry';

/** How long Redis keeps a page. */
export const SHARED_PAGE_TTL_MS = 60 * 60 * 1000;
/** Pages larger than this stay in memory only. */
export const SHARED_PAGE_MAX_BYTES = 1024 * 1024;
/** How long a reader waits for Redis before rendering the page itself. */
const TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS) || 50;
const RETRY_MS = 250;

interface Lookup {
  /** The page, when Redis holds it under the current versions of all its tags. */
  page: CachedPage | null;
  /** The versions to store a render under, read before the render began. */
  versions: Record<string, string>;
}

export interface SharedPageCacheOptions {
  /** Put before every key, so that several sites (or test runs) can share one Redis. */
  prefix: string;
  /** Pages of one build only: another build's HTML names other script and style files. */
  build: string;
  /** Pages of one public address only: their links, feeds and sitemaps are built from it. */
  site: string;
}

/** A deletion of versions this instance still has to see done in Redis. */
interface Deletion {
  tags: string[];
  /** The invalidation's id (invalidation.ts): the first instance to apply it deletes, once. */
  once?: string;
}

export class SharedPageCache {
  /** Deletions not yet seen done, by a number of their own. */
  private readonly pending = new Map<number, Deletion>();
  /** For each tag, how many pending deletions name it: while any does, Redis is not read for it. */
  private readonly unconfirmed = new Map<string, number>();
  /** Tags this instance invalidated, oldest first: the serial number and time of the last time. */
  private readonly invalidated = new Map<string, { serial: number; at: number }>();
  private serial = 0;
  private deletions = 0;
  private retry: NodeJS.Timeout | null = null;
  private readonly fromRedis = new WeakSet<CachedPage>();
  /** Whether the first connection attempt is over, one way or the other. */
  private settled = false;
  private wasReady = false;

  constructor(
    readonly redis: Redis,
    private readonly options: SharedPageCacheOptions,
  ) {
    this.settled = this.wasReady = redis.status === 'ready';
    redis.on('ready', () => this.connectedAgain());
    redis.on('error', () => (this.settled = true));
  }

  /**
   * After a memory miss: the page from Redis when it is current there, else `render`'s, which is
   * then stored for the other instances. `render` answering null is passed on, and not stored.
   */
  async fill(
    key: string,
    tags: string[],
    render: () => Promise<CachedPage | null>,
  ): Promise<CachedPage | null> {
    const began = this.serial;
    const found = await this.lookup(key, tags);
    if (found?.page) return found.page;
    const page = await render();
    // A page rendered while one of its tags was invalidated here carries versions read before
    // the deletion: useless to the others.
    if (page && found && !this.invalidatedSince(tags, began)) this.store(key, page, found.versions);
    return page;
  }

  /** True when `page` came from Redis rather than from a render in this process. */
  cameFromRedis(page: CachedPage): boolean {
    return this.fromRedis.has(page);
  }

  /**
   * The page at `key` if Redis holds it under current versions, and the versions to store a render
   * under; null when Redis cannot be asked or must not be trusted for these tags right now.
   */
  async lookup(key: string, tags: string[]): Promise<Lookup | null> {
    if (!(await this.connected())) return null;
    if (tags.some((tag) => this.unconfirmed.has(tag))) return null;
    const began = this.serial;
    const reply = await within(
      TIMEOUT_MS,
      this.redis.lookupPageBuffer(
        1 + tags.length,
        this.pageKey(key),
        ...tags.map((tag) => this.versionKey(tag)),
        crypto.randomBytes(12).toString('base64url'),
        String(VERSION_TTL_MS),
      ),
    );
    if (!reply) return null;
    // Invalidated here while Redis answered: the answer may predate the deletion.
    if (this.invalidatedSince(tags, began)) return null;
    const [stored, ...current] = reply;
    const versions: Record<string, string> = {};
    tags.forEach((tag, index) => (versions[tag] = current[index]?.toString() ?? ''));
    const entry = stored ? decodeEntry(stored) : null;
    if (!entry || tags.some((tag) => !versions[tag] || entry.versions[tag] !== versions[tag])) {
      return { page: null, versions };
    }
    const page: CachedPage = { ...entry.page, tags };
    this.fromRedis.add(page);
    return { page, versions };
  }

  /** Keeps `page` in Redis for an hour under `versions`; never waited for, never fails. */
  store(key: string, page: CachedPage, versions: Record<string, string>): void {
    if (page.body.byteLength > SHARED_PAGE_MAX_BYTES) return;
    if (this.redis.status !== 'ready') return;
    this.redis
      .set(this.pageKey(key), encodeEntry(page, versions), 'PX', SHARED_PAGE_TTL_MS)
      .catch(() => {}); // a page not shared is rendered again elsewhere
  }

  /**
   * Makes every page in Redis carrying one of `tags` a miss: at once when Redis answers, else as
   * soon as it does. With the invalidation's `id`, only the first instance to apply it deletes:
   * the others find it done, so that an instance starting up, which applies the last 30 seconds
   * of invalidations again, does not turn pages rendered since then into misses.
   */
  invalidate(tags: Iterable<string>, id?: string): void {
    const names = [...new Set(tags)];
    if (names.length === 0) return;
    const serial = ++this.serial;
    const now = Date.now();
    for (const tag of names) {
      this.invalidated.delete(tag); // to the end: the map stays ordered by time
      this.invalidated.set(tag, { serial, at: now });
    }
    for (const [tag, { at }] of this.invalidated) {
      if (at > now - SHARED_PAGE_TTL_MS) break;
      this.invalidated.delete(tag);
    }
    this.schedule({ tags: names, once: id });
  }

  /** Stops retrying and closes the connection (tests; servers just exit). */
  async close(): Promise<void> {
    if (this.retry) clearInterval(this.retry);
    this.retry = null;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private schedule(deletion: Deletion): void {
    const number = ++this.deletions;
    this.pending.set(number, deletion);
    for (const tag of deletion.tags)
      this.unconfirmed.set(tag, (this.unconfirmed.get(tag) ?? 0) + 1);
    void this.send(number);
  }

  private async send(number: number): Promise<void> {
    const deletion = this.pending.get(number);
    if (!deletion) return;
    const versions = deletion.tags.map((tag) => this.versionKey(tag));
    try {
      if (this.redis.status !== 'ready') throw new Error('not connected');
      if (deletion.once) {
        const marker = `${this.options.prefix}applied:${deletion.once}`;
        await this.redis.deleteOnce(
          1 + versions.length,
          marker,
          ...versions,
          String(MARKER_TTL_MS),
        );
      } else {
        await this.redis.del(...versions);
      }
    } catch {
      this.retryLater();
      return;
    }
    if (!this.pending.delete(number)) return; // sent twice, done once
    for (const tag of deletion.tags) {
      const left = (this.unconfirmed.get(tag) ?? 1) - 1;
      if (left > 0) this.unconfirmed.set(tag, left);
      else this.unconfirmed.delete(tag);
    }
  }

  private retryLater(): void {
    if (this.retry) return;
    this.retry = setInterval(() => {
      if (this.pending.size === 0) {
        clearInterval(this.retry!);
        this.retry = null;
        return;
      }
      for (const number of this.pending.keys()) void this.send(number);
    }, RETRY_MS);
    this.retry.unref();
  }

  /**
   * On a reconnection, Redis may have lost deletions while this instance could not see it
   * (restarted from an older snapshot, failed over to a replica): the versions of the tags
   * invalidated here within the last hour (the life of a page) are deleted again, unconditionally.
   * Then, as on the first connection, what waits is sent.
   */
  private connectedAgain(): void {
    this.settled = true;
    if (this.wasReady) {
      const since = Date.now() - SHARED_PAGE_TTL_MS;
      const tags = [...this.invalidated].filter(([, { at }]) => at > since).map(([tag]) => tag);
      if (tags.length) this.schedule({ tags });
    }
    this.wasReady = true;
    for (const number of this.pending.keys()) void this.send(number);
  }

  private invalidatedSince(tags: string[], serial: number): boolean {
    return tags.some((tag) => (this.invalidated.get(tag)?.serial ?? 0) > serial);
  }

  /** Whether commands can be sent; a client still making its first connection gets a moment. */
  private async connected(): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    if (this.settled) return false;
    return new Promise((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(ready);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), TIMEOUT_MS);
      this.redis.once('ready', onReady);
    });
  }

  private pageKey(key: string): string {
    return `${this.options.prefix}page:${this.options.build}:${this.options.site}${key}`;
  }

  private versionKey(tag: string): string {
    return `${this.options.prefix}tag:${tag}`;
  }
}

const globalShared = globalThis as typeof globalThis & {
  __datelineSharedPageCache?: SharedPageCache | null;
};

/** This process's shared tier, or null without REDIS_URL (or with PAGE_CACHE=off). */
export function sharedPageCache(): SharedPageCache | null {
  if (globalShared.__datelineSharedPageCache !== undefined) {
    return globalShared.__datelineSharedPageCache;
  }
  const url = process.env.REDIS_URL;
  globalShared.__datelineSharedPageCache =
    url && process.env.PAGE_CACHE !== 'off'
      ? new SharedPageCache(connectRedis(url), {
          prefix: process.env.REDIS_KEY_PREFIX ?? 'dateline:',
          build: buildId(),
          site: siteUrl(),
        })
      : null;
  return globalShared.__datelineSharedPageCache;
}
