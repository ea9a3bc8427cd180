// What a save of a story carries, checked the same way by the editor's form and the server.
import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/slug';
import { DATELINE_MAX, HEADLINE_MAX, STANDFIRST_MAX } from './limits';

/** A story named in an address or a form; whether the caller may reach it is the query's part. */
export const storyIdSchema = z.uuid({ error: 'Unknown story.' });

const headlineSchema = z
  .string()
  .trim()
  .max(HEADLINE_MAX, `A headline has at most ${HEADLINE_MAX} characters.`);

export const createStorySchema = z.object({ headline: headlineSchema.default('') });

export const storyMetaSchema = z.strictObject({
  headline: headlineSchema,
  standfirst: z
    .string()
    .trim()
    .max(STANDFIRST_MAX, `A standfirst has at most ${STANDFIRST_MAX} characters.`),
  dateline: z
    .string()
    .trim()
    .max(DATELINE_MAX, `A dateline has at most ${DATELINE_MAX} characters.`),
  slug: z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, `A slug has at most ${MAX_SLUG_LENGTH} characters.`)
    .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), {
      message: 'Use lowercase letters, digits and single dashes.',
    }),
  sectionId: z.uuid({ error: 'Choose a section.' }).nullable(),
  priority: z.enum(['flash', 'urgent', 'routine'], { error: 'Choose a priority.' }),
  authorIds: z
    .array(z.uuid())
    .min(1, 'A story needs at least one author.')
    .max(10, 'A story has at most 10 authors.'),
  tagIds: z.array(z.uuid()).max(30, 'A story has at most 30 tags.'),
  /** The story's featured image from the media library; left out, the current one stays. */
  featuredMediaId: z.uuid({ error: 'Unknown image.' }).nullable().optional(),
});

export const saveStorySchema = z.strictObject({
  baseVersion: z.int().positive(),
  saveId: z.string().min(8).max(64).optional(),
  meta: storyMetaSchema,
  /** Left out by an editor bound to the shared document: the body stays as it is. */
  body: z.unknown().optional(),
  /**
   * With a metadata-only save: the metadata the editor last had from the server. The save is
   * refused as a conflict only when the stored metadata moved away from it, not when the shared
   * document's stores moved the version on.
   */
  baseMeta: storyMetaSchema.optional(),
});

export const restoreRevisionSchema = z.object({
  revisionNumber: z.int().positive(),
  baseVersion: z.int().positive(),
});

export type StoryMetaInput = z.output<typeof storyMetaSchema>;
