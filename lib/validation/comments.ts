// A comment in a story's desk thread.
import { z } from 'zod';
import { COMMENT_MAX, formatLimit } from './limits';

export const commentSchema = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, 'Write a comment.')
    .max(COMMENT_MAX, `A comment has at most ${formatLimit(COMMENT_MAX)} characters.`),
});
