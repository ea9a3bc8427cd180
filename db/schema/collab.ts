// The shared document of a story's body while people write it together (ARCHITECTURE.md,
// "Co-editing"): the Yjs state as the collaboration server last stored it, the changes accepted
// since (each written before it is acknowledged, so that a crash loses none), and who wrote into
// each revision through it. The working revision the rest of the app reads is written alongside,
// through the ordinary save.
import {
  bigserial,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';
import { users } from './people';
import { revisions, stories } from './stories';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const collabDocuments = pgTable('collab_documents', {
  storyId: uuid('story_id')
    .primaryKey()
    .references(() => stories.id, { onDelete: 'cascade' }),
  /** The whole Yjs document, as one update (Y.encodeStateAsUpdate). */
  state: bytea('state').notNull(),
  /**
   * The story's version when this state was stored: a save made without the shared document
   * moves the story past it, and the next load folds that save's body into the document.
   */
  storyVersion: integer('story_version').notNull(),
  /** Moves on with every store: a store writes only over the state it read (instances race). */
  generation: integer('generation').notNull().default(0),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * Every change the server accepted since the document was last stored, written before the
 * sender is told it arrived. A store folds them into `collab_documents` and deletes them; a load
 * after a crash applies them on top of the stored state.
 */
export const collabUpdates = pgTable(
  'collab_updates',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** One Yjs update, as the sender sent it. */
    update: bytea('update').notNull(),
    /** Who sent it: the store credits everyone who changed the story since the last one. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('collab_updates_story_idx').on(t.storyId, t.seq)],
);

/**
 * Everyone who wrote into a revision through the shared document, its author included (the
 * revision's own `author_id` names one person; a shared autosave has several).
 */
export const revisionEditors = pgTable(
  'revision_editors',
  {
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => revisions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.userId] })],
);
