// Turning two-factor sign-in on and off, for oneself and as the newsroom's rule.
import { z } from 'zod';
import { CODE_INPUT_MAX, PASSWORD_INPUT_MAX } from './limits';

export const confirmCodeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code from your app.').max(CODE_INPUT_MAX),
});

export const confirmPasswordSchema = z.object({
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_INPUT_MAX),
});

export const twoFactorRequirementSchema = z.object({ required: z.boolean() });
