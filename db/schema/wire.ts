import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { StoryBody } from '@/lib/story-body';
import { at, createdAt } from './columns';
import { users } from './people';
import { stories } from './stories';

// The wire (docs/wire.md): partners who take the agency's stories, their API keys, the event
// outbox every publication writes in its own transaction, webhook deliveries and the API's rate
// limit. `wire_clock` is one row whose update hands out event numbers in commit order
// (ARCHITECTURE.md, "The wire").
export const wirePartners = pgTable('wire_partners', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  webhookUrl: text('webhook_url'),
  // The sections it takes; null takes every section, present and future.
  sectionIds: uuid('section_ids').array(),
  receivesEmbargoed: boolean('receives_embargoed').notNull().default(false),
  // The webhook secret, encrypted (lib/wire/secrets.ts); the one before a rotation signs too
  // until `previous_secret_until`.
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretUntil: at('previous_secret_until'),
  revokedAt: at('revoked_at'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

// API keys as SHA-256 hashes; a rotated key keeps working until `expires_at`.
export const wireKeys = pgTable(
  'wire_keys',
  {
    keyHash: text('key_hash').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => wirePartners.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull(),
    expiresAt: at('expires_at'),
    createdAt: createdAt(),
  },
  (t) => [index('wire_keys_partner_idx').on(t.partnerId)],
);

export const wireClock = pgTable('wire_clock', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

export const wireEvents = pgTable(
  'wire_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    correction: boolean('correction').notNull().default(false),
    // An embargoed story before it goes public: only partners that take embargoes see it.
    embargoOnly: boolean('embargo_only').notNull().default(false),
    sectionId: uuid('section_id'),
    // The ninjs item without its body, which is rendered once, outside the transaction.
    item: jsonb('item').$type<Record<string, unknown>>().notNull(),
    body: jsonb('body').$type<StoryBody>().notNull(),
    bodyHtml: text('body_html'),
    createdAt: createdAt(),
  },
  (t) => [index('wire_events_story_idx').on(t.storyId, t.seq)],
);

export const wireDeliveries = pgTable(
  'wire_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => wirePartners.id, { onDelete: 'cascade' }),
    eventSeq: bigint('event_seq', { mode: 'number' })
      .notNull()
      .references(() => wireEvents.seq, { onDelete: 'cascade' }),
    storyId: uuid('story_id').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    // A worker sending it holds it until then; another worker leaves it alone.
    leasedUntil: at('leased_until'),
    giveUpAt: at('give_up_at').notNull(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: at('last_attempt_at'),
    deliveredAt: at('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('wire_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('wire_deliveries_order_idx').on(t.partnerId, t.storyId, t.eventSeq),
    index('wire_deliveries_log_idx').on(t.partnerId, t.createdAt.desc()),
  ],
);

// Requests per API key and minute, in the database so every instance counts together.
export const wireRateLimits = pgTable('wire_rate_limits', {
  keyHash: text('key_hash').primaryKey(),
  requests: integer('requests').notNull().default(0),
  windowStartedAt: at('window_started_at').notNull().defaultNow(),
});

export type WirePartner = typeof wirePartners.$inferSelect;
export type WireEvent = typeof wireEvents.$inferSelect;
