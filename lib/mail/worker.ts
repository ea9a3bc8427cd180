// The mail worker: every MAIL_POLL_MS (default 1 s) it claims due messages for its free slots
// (MAIL_CONCURRENCY, default 4) and sends them, in the loop both outboxes share (lib/outbox.ts).
// It runs wherever the scheduler runs (lib/scheduler-loop.ts).
import type { Database } from '@/db';
import { startOutboxWorker, type RetryOptions } from '@/lib/outbox';
import { claimMail, sendClaimed } from './outbox';

export interface MailWorkerOptions extends RetryOptions {
  intervalMs?: number;
  concurrency?: number;
}

export function startMailWorker(
  getDb: () => Promise<Database>,
  options: MailWorkerOptions = {},
): () => Promise<void> {
  return startOutboxWorker(getDb, {
    name: 'mail',
    intervalMs: options.intervalMs ?? (Number(process.env.MAIL_POLL_MS) || 1000),
    concurrency: options.concurrency ?? (Number(process.env.MAIL_CONCURRENCY) || 4),
    claim: claimMail,
    send: (db, mail) => sendClaimed(db, mail, options),
  });
}
