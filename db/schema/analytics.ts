import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
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

// The same counts added up per hour for the whole site, per section and per author, written in
// the statement that writes the story rows (lib/analytics/flush.ts), so the desk's newsroom-wide
// charts read a few hundred rows instead of every story's. A view counts for the section and
// authors its story had when it was read.
export const viewTotalsHourly = pgTable(
  'view_totals_hourly',
  {
    /** 'site' (subject: the nil uuid), 'section' (a section's id) or 'author' (a user's id). */
    dimension: text('dimension', { enum: ['site', 'section', 'author'] }).notNull(),
    subject: uuid('subject').notNull(),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.subject, t.hour] })],
);
