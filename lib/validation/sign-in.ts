// What the sign-in form sends. Anything else is refused as a failed sign-in, never explained.
import { z } from 'zod';
import { CODE_INPUT_MAX, EMAIL_MAX, PASSWORD_INPUT_MAX } from './limits';

export const credentialsSchema = z.object({
  // No NUL: PostgreSQL could not even count the attempt.
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(EMAIL_MAX)
    .regex(/^[^\u0000]*$/),
  password: z.string().min(1).max(PASSWORD_INPUT_MAX),
  code: z.string().trim().max(CODE_INPUT_MAX).optional().default(''),
});
