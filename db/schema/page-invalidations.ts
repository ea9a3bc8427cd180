import { bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// The outbox of public-page invalidations: written in the same transaction as the change that
// makes pages stale, read by every app instance (lib/page-cache/invalidation.ts), pruned after a day.
export const pageInvalidations = pgTable(
  'page_invalidations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tags: text('tags').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('page_invalidations_created_idx').on(t.createdAt)],
);
