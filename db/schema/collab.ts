// The shared document of a story's body while people write it together (ARCHITECTURE.md,
// "Co-editing"): the Yjs state as the collaboration server last stored it. The working revision
// the rest of the app reads is written alongside it, through the ordinary save.
import { customType, integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { at } from './columns';
import { stories } from './stories';

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
  updatedAt: at('updated_at').notNull().defaultNow(),
});
