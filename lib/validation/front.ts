// An arrangement of the front page as the desk sends it (lib/services/front.ts).
import { z } from 'zod';
import { TOP_STORIES } from '@/lib/front/rules';

const slot = z.strictObject({
  storyId: z.uuid('Choose a published story.'),
  /** "18:00", an instant the desk was given, or empty: see pinExpiry in lib/front/rules.ts. */
  until: z.string().max(40).nullable().optional(),
});

export const arrangementSchema = z.strictObject({
  /** The version the desk loaded: a save over a newer one is a conflict. */
  version: z.number().int().min(0),
  lead: slot.nullable(),
  /** Slot 1 first; an empty slot (null) fills with the newest story. */
  top: z
    .array(slot.nullable())
    .max(TOP_STORIES, `The front page has ${TOP_STORIES} top stories at most.`),
});

export type ArrangementInput = z.input<typeof arrangementSchema>;
