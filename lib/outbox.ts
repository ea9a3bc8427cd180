// What the two outboxes share (the wire's webhooks, lib/wire/; mail, lib/mail/): the worker's
// loop and the retry delay. Each outbox claims its own due rows (`FOR UPDATE SKIP LOCKED`, under a
// lease) and records each outcome; this loop only keeps `concurrency` sends in flight, claims
// again as a slot frees, and never lets one failure stop it. ARCHITECTURE.md, "Mail".
import type { Database } from '@/db';

export interface RetryOptions {
  /** The first retry's delay; each next one doubles, up to `maxRetryMs`. */
  retryBaseMs?: number;
  maxRetryMs?: number;
}

/** The delay before attempt `attempts + 1`: doubling from the base, capped, with jitter. */
export function retryDelayMs(
  attempts: number,
  options: RetryOptions = {},
  defaults = { retryBaseMs: 5_000, maxRetryMs: 3_600_000 },
): number {
  const base = options.retryBaseMs ?? defaults.retryBaseMs;
  const ceiling = options.maxRetryMs ?? defaults.maxRetryMs;
  const delay = Math.min(base * 2 ** Math.max(0, attempts - 1), ceiling);
  return Math.round(delay * (0.5 + Math.random() * 0.5)); // jitter: retries do not arrive in step
}

export interface OutboxWorker<Row> {
  /** For log lines: "wire", "mail". */
  name: string;
  intervalMs: number;
  concurrency: number;
  /** False while the process cannot send yet (the wire waits for its body renderer). */
  ready?: () => boolean;
  /** Claims up to `limit` due rows for this worker. */
  claim: (db: Database, limit: number) => Promise<Row[]>;
  /** Sends one claimed row and records the outcome. */
  send: (db: Database, row: Row) => Promise<unknown>;
}

/** Starts the loop; the answer stops claiming and resolves once the sends under way are recorded. */
export function startOutboxWorker<Row>(
  getDb: () => Promise<Database>,
  worker: OutboxWorker<Row>,
): () => Promise<void> {
  let inFlight = 0;
  let claiming = false;
  let stopped = false;
  const tick = async () => {
    if (claiming || stopped || (worker.ready && !worker.ready())) return;
    claiming = true;
    try {
      const db = await getDb();
      const claimed = await worker.claim(db, worker.concurrency - inFlight);
      for (const row of claimed) {
        inFlight++;
        worker
          .send(db, row)
          .catch((error: unknown) => {
            console.error(`dateline: ${worker.name} send: ${firstLine(error)}`);
          })
          .finally(() => {
            inFlight--;
            if (!stopped) void tick(); // a freed slot takes the next row at once
          });
      }
    } catch (error) {
      console.error(`dateline: ${worker.name} worker: ${firstLine(error)}`);
    } finally {
      claiming = false;
    }
  };
  const timer = setInterval(tick, worker.intervalMs);
  timer.unref();
  void tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    while (inFlight > 0 || claiming) await new Promise((resolve) => setTimeout(resolve, 10));
  };
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];
