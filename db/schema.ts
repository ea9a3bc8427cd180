// The whole newsroom model (docs/product.md), plus the page-cache invalidation outbox.
//
// A story row holds identity, workflow state, the optimistic-lock version, pointers to its working
// and published revisions, and the *public projection*: the columns public pages, feeds and search
// read (headline, slug, section, times, body text). The projection is copied from the published
// revision at every publication, and mirrors the working revision while a story has never been
// published. The desk edits revisions; readers read the projection plus the published revision's body.
import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoryBody } from '@/lib/story-body';

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

export const roleEnum = pgEnum('role', ['correspondent', 'editor', 'admin']);
export const storyStateEnum = pgEnum('story_state', [
  'draft',
  'submitted',
  'changes_requested',
  'scheduled',
  'published',
  'withdrawn',
]);
export const priorityEnum = pgEnum('priority', ['flash', 'urgent', 'routine']);

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

// Sign-in attempts counted in the database so every app instance shares them (lib/auth/throttle.ts).
// One row per key: `account:<email>` or `ip:<address>`.
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: at('window_started_at').notNull().defaultNow(),
});

export const invites = pgTable('invites', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
  createdAt: createdAt(),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const sections = pgTable('sections', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

export const tags = pgTable('tags', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export interface Correction {
  at: string;
  text: string;
}

export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    state: storyStateEnum('state').notNull().default('draft'),
    // Optimistic lock: every write says which version it was based on.
    version: integer('version').notNull().default(1),
    // The id the editor gave its last acknowledged save: a retry of that same save (its answer was
    // lost on the way back) is answered as a success instead of a conflict with itself.
    lastSaveId: text('last_save_id'),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull().default(''),
    standfirst: text('standfirst').notNull().default(''),
    dateline: text('dateline').notNull().default(''),
    sectionId: uuid('section_id').references(() => sections.id, { onDelete: 'restrict' }),
    priority: priorityEnum('priority').notNull().default('routine'),
    featuredMediaId: uuid('featured_media_id').references((): AnyPgColumn => media.id, {
      onDelete: 'set null',
    }),
    // Plain text of the public body, for search and feeds' descriptions.
    bodyText: text('body_text').notNull().default(''),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', coalesce(${stories.headline}, '')), 'A') || setweight(to_tsvector('english', coalesce(${stories.standfirst}, '')), 'B') || setweight(to_tsvector('english', coalesce(${stories.bodyText}, '')), 'C')`,
      ),
    // Embargo or scheduled publication time: nothing public before it.
    publishAt: at('publish_at'),
    publishedAt: at('published_at'),
    publicUpdatedAt: at('public_updated_at'),
    corrections: jsonb('corrections').$type<Correction[]>().notNull().default([]),
    withdrawnAt: at('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
    workingRevisionId: uuid('working_revision_id').references((): AnyPgColumn => revisions.id),
    publishedRevisionId: uuid('published_revision_id').references((): AnyPgColumn => revisions.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    modifiedAt: at('modified_at').notNull().defaultNow(),
  },
  (t) => [
    // Lists read newest first with the id as tie-breaker (keyset pages): the index carries both, in
    // the order the queries ask (`desc` puts nulls first), so a page is read in order and stops at
    // its limit instead of sorting the archive (bench/scale.ts shows the plans).
    index('stories_public_order_idx').on(
      t.state,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('stories_section_order_idx').on(
      t.sectionId,
      t.state,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('stories_due_idx').on(t.state, t.publishAt),
    index('stories_modified_order_idx').on(
      t.modifiedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('stories_search_idx').using('gin', t.search),
  ],
);

export const storyAuthors = pgTable(
  'story_authors',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.userId] }),
    index('story_authors_user_idx').on(t.userId, t.storyId),
  ],
);

export const storyTags = pgTable(
  'story_tags',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.tagId] }),
    index('story_tags_tag_idx').on(t.tagId, t.storyId),
  ],
);

// The metadata a revision snapshots alongside the body.
export interface RevisionMeta {
  headline: string;
  standfirst: string;
  dateline: string;
  slug: string;
  sectionId: string | null;
  priority: 'flash' | 'urgent' | 'routine';
  authorIds: string[];
  tagIds: string[];
  featuredMediaId: string | null;
}

export const revisions = pgTable(
  'revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references((): AnyPgColumn => stories.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    body: jsonb('body').$type<StoryBody>().notNull(),
    meta: jsonb('meta').$type<RevisionMeta>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    // Why it was made: autosave, submit, publish, restore… (free text, for the history view).
    reason: text('reason').notNull().default('save'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_story_number_idx').on(t.storyId, t.number)],
);

export const slugRedirects = pgTable(
  'slug_redirects',
  {
    fromSlug: text('from_slug').primaryKey(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('slug_redirects_story_idx').on(t.storyId)],
);

export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('comments_story_idx').on(t.storyId, t.createdAt)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    storyId: uuid('story_id').references(() => stories.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt.desc())],
);

// Append-only: the services insert rows and nothing updates or deletes them.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    comment: text('comment'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId, t.at),
    index('audit_log_at_idx').on(t.at.desc()),
    // The admins' list of refused requests (lib/services/refusals.ts), newest first, without
    // reading past every other kind of row.
    index('audit_log_refusals_idx')
      .on(t.at.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.action} = 'authz_denied'`),
  ],
);

export interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg';
  key: string;
  bytes: number;
}

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Where the private original lives in the configured storage driver.
    originalKey: text('original_key').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    renditions: jsonb('renditions').$type<Rendition[]>().notNull().default([]),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    uploadedBy: uuid('uploaded_by').references((): AnyPgColumn => users.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
  },
  // One row per distinct original: uploading the same file again finds the existing one.
  (t) => [
    index('media_created_idx').on(t.createdAt.desc()),
    uniqueIndex('media_sha256_idx').on(t.sha256),
  ],
);

// "Name is also editing": one row per person with a story open, kept fresh by a heartbeat.
export const storyPresence = pgTable(
  'story_presence',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: at('seen_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.userId] })],
);

// The outbox of public-page invalidations: written in the same transaction as the change that
// makes pages stale, read by every app instance (lib/public/invalidation.ts), pruned after a day.
export const pageInvalidations = pgTable(
  'page_invalidations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tags: text('tags').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('page_invalidations_created_idx').on(t.createdAt)],
);

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

export type User = typeof users.$inferSelect;
export type Story = typeof stories.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type StoryState = (typeof storyStateEnum.enumValues)[number];
export type Priority = (typeof priorityEnum.enumValues)[number];
