import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';
import { users } from './people';
import { stories } from './stories';

// Signed share links to a story's preview (docs/product.md, "Preview"; docs/security.md, "Preview
// links"): only a keyed hash of the link's token is kept, never the token.
export const previewLinks = pgTable(
  'preview_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('preview_links_story_idx').on(t.storyId)],
);

export type PreviewLink = typeof previewLinks.$inferSelect;
