// The media library: one row per distinct original, with its renditions.
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './people';

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
