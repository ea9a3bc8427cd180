// The newsroom's settings and how it files stories: sections and tags.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalNames } from '@/lib/taxonomy';
import { at, createdAt } from './columns';

/**
 * A name as the uniqueness rule compares it: trimmed, runs of white space as one space, lower
 * case (lib/taxonomy.ts, nameKey, says the same in TypeScript).
 */
const nameKey = (column: string) =>
  sql.raw(`lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const sections = pgTable(
  'sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** Its name in the site's other languages ({ ru: "Политика" }); the default language's is `name`. */
    names: jsonb('names').$type<LocalNames>().notNull().default({}),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** Retired: no longer offered for stories; its page and its stories stay. */
    retiredAt: at('retired_at'),
    createdAt: createdAt(),
  },
  () => [uniqueIndex('sections_name_key').on(nameKey('name'))],
);

export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** Its name in the site's other languages; the default language's is `name` (localName). */
    names: jsonb('names').$type<LocalNames>().notNull().default({}),
    /** Retired: no longer offered in the editor's picker; its page and its stories stay. */
    retiredAt: at('retired_at'),
    createdAt: createdAt(),
  },
  () => [uniqueIndex('tags_name_key').on(nameKey('name'))],
);

/** An address a section had (renamed address): answers 308 to the section's current one. */
export const sectionRedirects = pgTable(
  'section_redirects',
  {
    fromSlug: text('from_slug').primaryKey(),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('section_redirects_section_idx').on(t.sectionId)],
);

/** An address a tag had, or the address of a tag merged into it: 308 to its current one. */
export const tagRedirects = pgTable(
  'tag_redirects',
  {
    fromSlug: text('from_slug').primaryKey(),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('tag_redirects_tag_idx').on(t.tagId)],
);

export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
