// A story as readers would see it now, from its working copy (docs/product.md, "Preview"): the
// article template's input built from the working revision's text and metadata, for whoever may
// open the story. Never cached: the desk answers it with `private, no-store`.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db';
import { sections, tags, users, type Story } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/permissions';
import { imagesByIds, type PublicStory } from '@/lib/public/stories';
import type { PublicImage } from '@/lib/public/images';
import { bodyMediaIds } from '@/lib/story-body';
import { slugify } from '@/lib/slug';
import { AppError } from '@/lib/errors';
import { workingRevision } from './revisions';
import { storyInScope } from './story-scope';

export interface StoryPreview {
  story: PublicStory;
  images: Map<string, PublicImage>;
  /** Where the working copy stands: its revision number and when it was saved. */
  revision: { number: number; savedAt: Date };
}

export async function previewStory(db: Database, actor: Actor, id: unknown): Promise<StoryPreview> {
  const { story, scope } = await storyInScope(db, actor, id);
  assertCan(actor, 'story.view', scope);
  return storyPreview(db, story);
}

/** The preview of a story already allowed (by a permission or a share link's token). */
export async function storyPreview(db: Database, story: Story): Promise<StoryPreview> {
  const working = await workingRevision(db, story);
  if (!working) throw new AppError('not_found', 'The story has no text yet.');
  const { meta, body } = working;
  const [section] = meta.sectionId
    ? await db
        .select({ slug: sections.slug, name: sections.name })
        .from(sections)
        .where(eq(sections.id, meta.sectionId))
    : [];
  const [authorRows, tagRows] = await Promise.all([
    meta.authorIds.length
      ? db
          .select({
            id: users.id,
            displayName: users.displayName,
            handle: users.handle,
            title: users.title,
          })
          .from(users)
          .where(inArray(users.id, meta.authorIds))
      : Promise.resolve([]),
    meta.tagIds.length
      ? db
          .select({ slug: tags.slug, name: tags.name })
          .from(tags)
          .where(inArray(tags.id, meta.tagIds))
      : Promise.resolve([]),
  ]);
  const ids = bodyMediaIds(body);
  const images = await imagesByIds(db, [
    ...ids,
    ...(meta.featuredMediaId ? [meta.featuredMediaId] : []),
  ]);
  const order = new Map(meta.authorIds.map((authorId, index) => [authorId, index]));
  return {
    story: {
      id: story.id,
      slug: meta.slug || story.slug || slugify(meta.headline),
      language: story.language,
      translationGroupId: story.translationGroupId,
      headline: meta.headline,
      standfirst: meta.standfirst,
      dateline: meta.dateline,
      priority: meta.priority,
      // Not published yet: the time it would carry if published now.
      publishedAt: story.publishedAt ?? new Date(),
      section: section ?? null,
      image: meta.featuredMediaId ? (images.get(meta.featuredMediaId) ?? null) : null,
      revisionId: working.id,
      updatedAt: story.publishedAt ? working.createdAt : null,
      body,
      corrections: story.corrections ?? [],
      authors: authorRows
        .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
        .map(({ displayName, handle, title }) => ({ displayName, handle, title })),
      tags: tagRows.sort((a, b) => a.name.localeCompare(b.name)),
    },
    images,
    revision: { number: working.number, savedAt: working.createdAt },
  };
}
