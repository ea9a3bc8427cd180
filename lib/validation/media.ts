// An image's description as the library stores it, and the ids that name images.
import { z } from 'zod';
import { IMAGE_TEXT_MAX, formatLimit } from './limits';

const { alt, caption, credit } = IMAGE_TEXT_MAX;

export const describeImageSchema = z.strictObject({
  alt: z.string().trim().max(alt, `Alt text has at most ${alt} characters.`).default(''),
  caption: z
    .string()
    .trim()
    .max(caption, `A caption has at most ${formatLimit(caption)} characters.`)
    .default(''),
  credit: z.string().trim().max(credit, `A credit has at most ${credit} characters.`).default(''),
});

export const mediaIdSchema = z.uuid();
