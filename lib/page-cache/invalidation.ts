// How a change reaches every instance's page cache. The change writes its tags to the
// page_invalidations outbox inside its own transaction, so a publication never commits without
// them. The instance that made the change drops its pages at once (applyInvalidation); every
// instance, and so also the one running a separate scheduler's publications, reads the outbox
// every PAGE_INVALIDATION_POLL_MS (default 250) and drops what it has not yet applied.
//
// Pages dropped here are also refreshed in a front cache, when one is named (front-refresh.ts).
//
// Rows are read by age, over the last 30 seconds, not by id: ids are taken when a transaction
// inserts but become visible when it commits, so a later id can be seen before an earlier one.
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { queryRows } from '@/db/open';
import { pageInvalidations } from '@/db/schema';
import { refreshFront } from './front-refresh';
import { pageCache } from './memory';
import { sharedPageCache } from './shared';

export interface Invalidation {
  /** The outbox row's id and creation time: together, unique even across databases. */
  id: string;
  tags: string[];
}

const identity = (id: number | string, createdAt: Date | string) =>
  `${id}@${new Date(createdAt).getTime()}`;

/** Records that the pages carrying `tags` are stale; call inside the changing transaction. */
export async function recordInvalidation(tx: Executor, tags: string[]): Promise<Invalidation> {
  const [row] = await tx
    .insert(pageInvalidations)
    .values({ tags })
    .returning({ id: pageInvalidations.id, createdAt: pageInvalidations.createdAt });
  return { id: identity(row!.id, row!.createdAt), tags };
}

interface FeedState {
  applied: Set<string>;
}

const globalFeed = globalThis as typeof globalThis & { __datelineInvalidations?: FeedState };

function feedState(): FeedState {
  globalFeed.__datelineInvalidations ??= { applied: new Set() };
  return globalFeed.__datelineInvalidations;
}

/** Drops this instance's pages for a committed invalidation, once, and refreshes the front's. */
export function applyInvalidation(invalidation: Invalidation | null | undefined): void {
  if (!invalidation) return;
  const { applied } = feedState();
  if (applied.has(invalidation.id)) return;
  sharedPageCache()?.invalidate(invalidation.tags, invalidation.id); // with REDIS_URL
  applied.add(invalidation.id);
  void refreshFront(pageCache().invalidate(invalidation.tags));
}

/** Reads the outbox once and applies what is new; returns how many invalidations it applied. */
export async function pollInvalidations(db: Executor): Promise<number> {
  const rows = await queryRows<{ id: string | number; tags: string[]; created_at: Date | string }>(
    db,
    sql`select id, tags, created_at from page_invalidations
        where created_at > now() - interval '30 seconds' order by id`,
  );
  const { applied } = feedState();
  let fresh = 0;
  const recent = new Set<string>();
  for (const row of rows) {
    const id = identity(row.id, row.created_at);
    recent.add(id);
    if (applied.has(id)) continue;
    applyInvalidation({ id, tags: row.tags });
    fresh++;
  }
  // Forget what has left the window, so the set stays small.
  for (const id of applied) if (!recent.has(id)) applied.delete(id);
  return fresh;
}

/** Outbox rows older than a day are of no use to anyone. */
export async function pruneInvalidations(db: Executor): Promise<void> {
  await db.execute(sql`delete from page_invalidations where created_at < now() - interval '1 day'`);
}

/** Keeps this instance's page cache in step with every other's; returns a stop function. */
export function startInvalidationFeed(getDb: () => Promise<Database>): () => void {
  const interval = Number(process.env.PAGE_INVALIDATION_POLL_MS) || 250;
  let running = false;
  let polls = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      await pollInvalidations(db);
      if (polls++ % 2400 === 0) await pruneInvalidations(db);
    } catch (error) {
      console.error(`dateline: page invalidations: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  return () => clearInterval(timer);
}
