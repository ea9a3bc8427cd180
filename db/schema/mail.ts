import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';
import { users } from './people';

// Mail (docs/operating.md, "Mail"): the outbox every message goes through, the links mailed for
// invitations and password resets, and each person's choice of workflow mail.

// One row per message, written in the transaction of what it announces; the worker
// (lib/mail/worker.ts) sends committed rows, retrying until `give_up_at`.
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Invitation, password reset, or a workflow kind (`submitted`, `publish`…, `digest`).
    kind: text('kind').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    // A worker sending it holds it until then; another worker leaves it alone.
    leasedUntil: at('leased_until'),
    giveUpAt: at('give_up_at').notNull(),
    lastError: text('last_error'),
    lastAttemptAt: at('last_attempt_at'),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

// Invitation and password-reset links (docs/security.md, "Mailed links"): the database keeps only
// a keyed hash of each link's token. A link works once, before `expires_at`, unless revoked.
export const accountLinks = pgTable(
  'account_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose').$type<'invitation' | 'password_reset'>().notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('account_links_user_idx').on(t.userId, t.purpose)],
);

// The workflow mail a person has turned off (kinds from lib/mail/workflow-mail.ts); no row: all on.
export const mailPreferences = pgTable('mail_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  off: text('off')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export type MailMessage = typeof mailOutbox.$inferSelect;
export type AccountLink = typeof accountLinks.$inferSelect;
