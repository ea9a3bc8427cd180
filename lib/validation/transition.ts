// What a workflow step carries: which step, on which version, and the words that go with it.
import { z } from 'zod';
import { TRANSITION_NAMES, type Transition } from '@/lib/workflow';
import { COMMENT_MAX, NOTE_MAX, formatLimit } from './limits';

export const transitionSchema = z.strictObject({
  transition: z.enum(TRANSITION_NAMES as [Transition, ...Transition[]], {
    error: 'Unknown workflow step.',
  }),
  baseVersion: z.int().positive(),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, `A comment has at most ${formatLimit(COMMENT_MAX)} characters.`)
    .optional(),
  reason: z
    .string()
    .trim()
    .max(NOTE_MAX, `A reason has at most ${formatLimit(NOTE_MAX)} characters.`)
    .optional(),
  correction: z
    .string()
    .trim()
    .max(NOTE_MAX, `A correction has at most ${formatLimit(NOTE_MAX)} characters.`)
    .optional(),
  publishAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO date.' }).optional(),
});
