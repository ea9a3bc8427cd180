// The public page cache: finished responses (HTML, feeds, sitemaps, redirects, 410s) kept in the
// server's memory, keyed by address, each carrying the tags of what it shows (tags.ts).
// A change drops every page sharing one of its tags. Least recently used pages go first once
// PAGE_CACHE_MB (default 64) is reached.
//
// A render that started before an invalidation may finish after it, holding the old story: each
// fill remembers when it began, and a page whose tags were invalidated since is not kept.
//
// An invalidated page is kept aside as a stale copy for STALE_COPY_MS (30 s, as long as the
// stale-while-revalidate that shared caches are allowed anyway), counted against the same size:
// when the render budget is full (budget.ts), a reader gets that copy rather than a 503.
// One process holds one cache, shared by proxy.ts and the route handlers through globalThis
// (Next bundles them separately).

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
  tags: string[];
  /** The body gzipped, made the first time a reader accepts it (`PageCache.gzipped`). */
  gzipped?: Uint8Array;
}

export interface PageCacheStats {
  pages: number;
  stale: number;
  bytes: number;
  hits: number;
  misses: number;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly fills = new Map<string, Promise<CachedPage | null>>();
  /** Invalidated pages, oldest first, with the time they went stale. */
  private readonly stale = new Map<string, { page: CachedPage; since: number }>();
  /** For each tag, the clock reading of its last invalidation. */
  private readonly invalidatedAt = new Map<string, number>();
  /** Invalidations older than this are forgotten; fills that began earlier are not kept. */
  private forgottenBefore = 0;
  private clock = 0;
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last: Map keeps insertion order.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** The page at `key` for a reader, counted and kept recent like `get`; undefined on a miss. */
  peek(key: string): CachedPage | undefined {
    return this.pages.has(key) ? this.get(key) : undefined;
  }

  /**
   * After a miss: the page rendered once by `render`, however many readers ask at the same
   * moment. `render` answers null for a response that must not be kept; those callers then
   * render for themselves.
   */
  async fill(key: string, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    const pending = this.fills.get(key);
    if (pending) return pending;
    const began = this.clock;
    const filling = render()
      .then((page) => {
        if (page) this.keep(key, page, began);
        return page;
      })
      .finally(() => this.fills.delete(key));
    this.fills.set(key, filling);
    return filling;
  }

  /**
   * Drops every page carrying one of `tags`, and refuses fills already under way for them.
   * Answers the keys it dropped, least recently used first.
   */
  invalidate(tags: Iterable<string>): string[] {
    this.clock++;
    const stale = new Set(tags);
    for (const tag of stale) this.invalidatedAt.set(tag, this.clock);
    if (this.invalidatedAt.size > 100_000) {
      this.invalidatedAt.clear();
      this.forgottenBefore = this.clock;
    }
    const dropped: string[] = [];
    const now = Date.now();
    for (const [key, page] of this.pages) {
      if (page.tags.some((tag) => stale.has(tag))) {
        this.pages.delete(key);
        this.dropStale(key);
        this.stale.set(key, { page, since: now });
        dropped.push(key);
      }
    }
    for (const [key, copy] of this.stale) {
      if (now - copy.since < STALE_COPY_MS) break;
      this.dropStale(key);
    }
    return dropped;
  }

  /** A number that changes whenever `tag` is invalidated (memo.ts), or the cache forgets. */
  tagStamp(tag: string): number {
    return this.invalidatedAt.get(tag) ?? this.forgottenBefore;
  }

  /** The copy of `key` invalidated less than STALE_COPY_MS ago, for when no render can run. */
  staleCopy(key: string): CachedPage | undefined {
    const copy = this.stale.get(key);
    return copy && Date.now() - copy.since < STALE_COPY_MS ? copy.page : undefined;
  }

  /**
   * The body of `key`'s page gzipped by `compress`, made once and counted against the cache's
   * size like the body itself; undefined when the cache does not hold that page.
   */
  gzipped(key: string, compress: (body: Uint8Array) => Uint8Array): Uint8Array | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (!page.gzipped) {
      page.gzipped = compress(page.body);
      this.bytes += page.gzipped.byteLength;
      this.evictOverflow();
    }
    return page.gzipped;
  }

  stats(): PageCacheStats {
    return {
      pages: this.pages.size,
      stale: this.stale.size,
      bytes: this.bytes,
      hits: this.hits,
      misses: this.misses,
    };
  }

  private keep(key: string, page: CachedPage, began: number): void {
    if (began < this.forgottenBefore) return;
    if (page.tags.some((tag) => (this.invalidatedAt.get(tag) ?? -1) > began)) return;
    const size = sizeOf(key, page);
    if (size > this.maxBytes / 4) return;
    const previous = this.pages.get(key);
    if (previous) this.drop(key, previous);
    this.dropStale(key);
    this.pages.set(key, page);
    this.bytes += size;
    this.evictOverflow();
  }

  /** Drops stale copies, then the least recently used pages, until the cache fits again. */
  private evictOverflow(): void {
    for (const key of this.stale.keys()) {
      if (this.bytes <= this.maxBytes) return;
      this.dropStale(key);
    }
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest, old);
    }
  }

  private drop(key: string, page: CachedPage): void {
    this.pages.delete(key);
    this.bytes -= sizeOf(key, page);
  }

  private dropStale(key: string): void {
    const copy = this.stale.get(key);
    if (!copy) return;
    this.stale.delete(key);
    this.bytes -= sizeOf(key, copy.page);
  }
}

const STALE_COPY_MS = 30_000;

const sizeOf = (key: string, page: CachedPage) =>
  key.length + page.body.byteLength + (page.gzipped?.byteLength ?? 0);

const globalCache = globalThis as typeof globalThis & { __datelinePageCache?: PageCache };

/** This process's page cache. */
export function pageCache(): PageCache {
  globalCache.__datelinePageCache ??= new PageCache(
    (Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024,
  );
  return globalCache.__datelinePageCache;
}
