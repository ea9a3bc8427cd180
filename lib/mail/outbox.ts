// The mail outbox (docs/operating.md, "Mail"): whatever sends mail writes a row here inside its
// own transaction, so a message exists exactly when what it announces does, and nothing waits
// for a mail server. The worker (worker.ts) claims due rows under a lease with
// `FOR UPDATE SKIP LOCKED` (several instances never send one message twice at once), sends each
// outside any transaction, and retries with the wire's backoff (lib/outbox.ts) until
// MAIL_RETRY_HOURS have passed.
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { queryRows } from '@/db/open';
import { mailOutbox } from '@/db/schema';
import { retryDelayMs, type RetryOptions } from '@/lib/outbox';
import { sendMessage } from './transport';

export interface OutgoingMail {
  kind: string;
  userId: string | null;
  to: string;
  subject: string;
  body: string;
}

/** How long a message is retried before it is marked failed (MAIL_RETRY_HOURS, default 24). */
export const retryHours = () => Number(process.env.MAIL_RETRY_HOURS) || 24;

/** Queues messages; call inside the transaction of what they announce. */
export async function queueMail(tx: Executor, mails: OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(mailOutbox).values(
    mails.map((mail) => ({
      kind: mail.kind,
      userId: mail.userId,
      toAddress: mail.to,
      subject: mail.subject,
      body: mail.body,
      giveUpAt: sql`now() + ${`${retryHours()} hours`}::interval`,
    })),
  );
}

export interface ClaimedMail {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

const LEASE_SECONDS = 120;

/** Claims up to `limit` due messages for this worker, oldest first. */
export async function claimMail(db: Database, limit: number): Promise<ClaimedMail[]> {
  if (limit <= 0) return [];
  return db.transaction((tx) =>
    queryRows<ClaimedMail>(
      tx,
      sql`with due as (
            select id from mail_outbox
            where status = 'pending' and next_attempt_at <= now()
              and (leased_until is null or leased_until < now())
            order by created_at
            limit ${limit}
            for update skip locked)
          update mail_outbox m
          set leased_until = now() + ${`${LEASE_SECONDS} seconds`}::interval,
              attempts = m.attempts + 1, last_attempt_at = now()
          from due where m.id = due.id
          returning m.id, m.to_address, m.subject, m.body, m.attempts`,
    ),
  );
}

/** Sends one claimed message and records the outcome; true when the server accepted it. */
export async function sendClaimed(
  db: Database,
  mail: ClaimedMail,
  options: RetryOptions = {},
): Promise<boolean> {
  let error: string | null = null;
  try {
    await sendMessage({ to: mail.to_address, subject: mail.subject, text: mail.body });
  } catch (caught) {
    error = (caught as Error).message.split('\n')[0]!.slice(0, 500);
  }
  if (error === null) {
    await db.execute(
      sql`update mail_outbox set status = 'sent', sent_at = now(), last_error = null,
            leased_until = null
          where id = ${mail.id}`,
    );
    return true;
  }
  const retryMs = retryDelayMs(mail.attempts, options, {
    retryBaseMs: 10_000,
    maxRetryMs: 1_800_000,
  });
  const next = sql`now() + ${`${retryMs} milliseconds`}::interval`;
  await db.execute(
    sql`update mail_outbox set last_error = ${error}, leased_until = null, next_attempt_at = ${next},
          status = case when ${next} > give_up_at then 'failed' else 'pending' end
        where id = ${mail.id}`,
  );
  return false;
}
