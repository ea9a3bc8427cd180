import { date, index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { stories } from './stories';

// Reader analytics (docs/privacy.md): counts only, per story and hour, added to by every instance
// with an additive upsert (lib/analytics/flush.ts). No reader, address or agent is stored.
export const storyViewsHourly = pgTable(
  'story_views_hourly',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.hour] }),
    // Newsroom-wide windows (most read, charts, the rollup) read by time first.
    index('story_views_hourly_hour_idx').on(t.hour, t.storyId, t.views),
  ],
);

// Hourly rows older than 13 months, rolled up into days (UTC) by lib/analytics/rollup.ts.
export const storyViewsDaily = pgTable(
  'story_views_daily',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.day] })],
);
