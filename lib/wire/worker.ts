// The delivery worker's loop: every WIRE_POLL_MS (default 250) it claims as many due deliveries
// as it has free slots (WIRE_CONCURRENCY, default 8) and sends them without waiting for the
// others, so one slow receiver holds one slot for at most its time limit. It runs wherever the
// scheduler runs (lib/scheduler-loop.ts): in each server, or in `npm run scheduler`.
import type { Database } from '@/db';
import { bodyRenderer } from './body-renderer';
import { claimDeliveries, deliver, type DeliveryOptions } from './deliveries';

export interface WorkerOptions extends DeliveryOptions {
  intervalMs?: number;
  concurrency?: number;
}

export function startWireWorker(
  getDb: () => Promise<Database>,
  options: WorkerOptions = {},
): () => Promise<void> {
  const interval = options.intervalMs ?? (Number(process.env.WIRE_POLL_MS) || 250);
  const concurrency = options.concurrency ?? (Number(process.env.WIRE_CONCURRENCY) || 8);
  let inFlight = 0;
  let claiming = false;
  let stopped = false;
  const tick = async () => {
    // Until the process has registered the body renderer, items cannot be completed.
    if (claiming || stopped || !bodyRenderer()) return;
    claiming = true;
    try {
      const db = await getDb();
      const claimed = await claimDeliveries(db, concurrency - inFlight);
      for (const delivery of claimed) {
        inFlight++;
        deliver(db, delivery, options)
          .catch((error: unknown) => {
            console.error(`dateline: wire delivery: ${(error as Error).message.split('\n')[0]}`);
          })
          .finally(() => {
            inFlight--;
            if (!stopped) void tick(); // a freed slot takes the next delivery at once
          });
      }
    } catch (error) {
      console.error(`dateline: wire worker: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      claiming = false;
    }
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  void tick();
  /** Stops claiming, and resolves once the deliveries under way have been recorded. */
  return async () => {
    stopped = true;
    clearInterval(timer);
    while (inFlight > 0 || claiming) await new Promise((resolve) => setTimeout(resolve, 10));
  };
}
