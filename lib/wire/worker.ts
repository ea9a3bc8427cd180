// The delivery worker: every WIRE_POLL_MS (default 250) it claims as many due deliveries as it has
// free slots (WIRE_CONCURRENCY, default 8) and sends them without waiting for the others, so one
// slow receiver holds one slot for at most its time limit. The loop is the one both outboxes share
// (lib/outbox.ts). It runs wherever the scheduler runs (lib/scheduler-loop.ts): in each server, or
// in `npm run scheduler`.
import type { Database } from '@/db';
import { startOutboxWorker } from '@/lib/outbox';
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
  return startOutboxWorker(getDb, {
    name: 'wire',
    intervalMs: options.intervalMs ?? (Number(process.env.WIRE_POLL_MS) || 250),
    concurrency: options.concurrency ?? (Number(process.env.WIRE_CONCURRENCY) || 8),
    // Until the process has registered the body renderer, items cannot be completed.
    ready: () => bodyRenderer() !== null,
    claim: claimDeliveries,
    send: (db, delivery) => deliver(db, delivery, options),
  });
}
