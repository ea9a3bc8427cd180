// Stories, their revisions, bylines, tags and old addresses.
//
// A story row holds identity, workflow state, the optimistic-lock version, pointers to its working
// and published revisions, and the *public projection*: the columns public pages, feeds and search
// read (headline, slug, section, times, body text). The projection is copied from the published
// revision at every publication, and mirrors the working revision while a story has never been
// published. The desk edits revisions; readers read the projection plus the published revision's body.
import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoryBody } from '@/lib/story-body';
import { textSearchConfigCase } from '../text-search';
import { STORY_STATES } from '../story-states';
import { at, createdAt, tsvector } from './columns';
import { media } from './media';
import { sections, tags } from './newsroom';
import { users } from './people';

// The text search configuration by the row's own language, as db/text-search.ts says.
const config = sql.raw(textSearchConfigCase('"stories"."language"'));

export type { StoryState } from '../story-states';

export const storyStateEnum = pgEnum('story_state', STORY_STATES);
export const priorityEnum = pgEnum('priority', ['flash', 'urgent', 'routine']);

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
    // Indexed with its language's text search configuration (db/text-search.ts).
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector(${config}, coalesce(${stories.headline}, '')), 'A') || setweight(to_tsvector(${config}, coalesce(${stories.standfirst}, '')), 'B') || setweight(to_tsvector(${config}, coalesce(${stories.bodyText}, '')), 'C')`,
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
    // Its language (lib/languages.ts); new stories take the site's default language.
    language: text('language').notNull().default('en'),
    // Stories that are translations of one another share a group: the id of the story the first
    // translation was made from. Null while a story has no translation.
    translationGroupId: uuid('translation_group_id'),
    // For a translation: the story and the revision of it that it was translated from. The source
    // publishing a later text makes the translation "out of date" until marked up to date, which
    // moves the revision on (lib/services/translations.ts).
    translatedFromId: uuid('translated_from_id').references((): AnyPgColumn => stories.id, {
      onDelete: 'set null',
    }),
    translatedFromRevisionId: uuid('translated_from_revision_id').references(
      (): AnyPgColumn => revisions.id,
      { onDelete: 'set null' },
    ),
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
    index('stories_translation_group_idx').on(t.translationGroupId),
    index('stories_search_idx').using('gin', t.search),
    // The few stories that carry corrections, by when they changed (the desk's analytics).
    index('stories_corrected_idx')
      .on(t.modifiedAt)
      .where(sql`${t.corrections} <> '[]'::jsonb`),
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

export type Story = typeof stories.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type Priority = (typeof priorityEnum.enumValues)[number];
