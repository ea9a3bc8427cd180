// The staff: accounts, their sessions and their sign-in throttle (invitations: mail.ts).
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';
import { media } from './media';

export const roleEnum = pgEnum('role', ['correspondent', 'editor', 'admin']);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash'),
  role: roleEnum('role').notNull().default('correspondent'),
  active: boolean('active').notNull().default(true),
  // Bumped on deactivation, role change, password reset and "sign out everywhere":
  // a session that carries an older number is refused on its next request.
  sessionVersion: integer('session_version').notNull().default(1),
  displayName: text('display_name').notNull(),
  handle: text('handle').notNull().unique(),
  title: text('title').notNull().default(''),
  bio: text('bio').notNull().default(''),
  photoMediaId: uuid('photo_media_id').references((): AnyPgColumn => media.id, {
    onDelete: 'set null',
  }),
  totpSecret: text('totp_secret'),
  totpEnabledAt: at('totp_enabled_at'),
  // SHA-256 hashes of the one-time recovery codes; a used code is removed from the list.
  recoveryCodeHashes: jsonb('recovery_code_hashes').$type<string[]>().notNull().default([]),
  lastTotpStep: integer('last_totp_step'),
  createdAt: createdAt(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

// One row per signed-in browser (lib/auth/sessions.ts): the cookie names it, and the session check
// refuses it once it has been idle past SESSION_IDLE_MINUTES or open past SESSION_HOURS.
// `last_seen_at` moves at most once a minute, so a busy desk does not write on every request.
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

// Sign-in attempts counted in the database so every app instance shares them (lib/auth/throttle.ts).
// One row per key: `account:<email>` or `ip:<address>`.
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: at('window_started_at').notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
