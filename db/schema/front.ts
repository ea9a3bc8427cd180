// The front page as editors arrange it (docs/product.md, "The front page"): a lead slot and an
// ordered list of top stories, each held by a pin that may expire; one row of `front_page` holds
// the arrangement's version, which every save names (a stale one is a conflict).
import { check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at } from './columns';
import { users } from './people';
import { stories } from './stories';

export const frontPage = pgTable('front_page', {
  // One row: the arrangement of the one front page.
  id: text('id').primaryKey().default('front'),
  version: integer('version').notNull().default(0),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

export const frontSlots = pgTable(
  'front_slots',
  {
    // 0 is the lead; 1 to 6 the top stories, in order.
    position: integer('position').primaryKey(),
    // A story deleted for good leaves its slot with it.
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    // Null: pinned until an editor removes it.
    pinnedUntil: at('pinned_until'),
  },
  (t) => [
    uniqueIndex('front_slots_story_idx').on(t.storyId),
    check('front_slots_position_check', sql`${t.position} between 0 and 6`),
  ],
);
