// Input rules for people: shared by the desk's forms, the server actions and the CLI.
import { z } from 'zod';
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  HANDLE_MAX,
  HANDLE_MIN,
  NEW_PASSWORD_MAX,
  PASSWORD_INPUT_MAX,
  PASSWORD_MIN,
  BIO_MAX,
  formatLimit,
  TITLE_MAX,
} from './limits';

export const ROLES = ['correspondent', 'editor', 'admin'] as const;

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`)
  .pipe(z.email({ error: 'Enter a valid email address.' }));

// No composition rules (NIST 800-63B): length, and not one of the most common passwords.
export const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters (15 or more is better).`)
  .max(NEW_PASSWORD_MAX, `Use at most ${NEW_PASSWORD_MAX} characters.`)
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), {
    message: 'That password is too common; choose another.',
  });

export const roleSchema = z.enum(ROLES, {
  error: 'Choose a role: correspondent, editor or admin.',
});

export const displayNameSchema = z
  .string({ error: 'Enter a display name.' })
  .trim()
  .min(1, 'Enter a display name.')
  .max(DISPLAY_NAME_MAX, `A display name has at most ${DISPLAY_NAME_MAX} characters.`);

export const handleSchema = z
  .string({ error: 'Enter a handle.' })
  .trim()
  .toLowerCase()
  .min(HANDLE_MIN, `A handle has at least ${HANDLE_MIN} characters.`)
  .max(HANDLE_MAX, `A handle has at most ${HANDLE_MAX} characters.`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes.');

export const createUserSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  handle: handleSchema.optional(),
  role: roleSchema,
  title: z
    .string()
    .trim()
    .max(TITLE_MAX, `A title has at most ${TITLE_MAX} characters.`)
    .default(''),
});

export const profileSchema = z.strictObject({
  displayName: displayNameSchema,
  handle: handleSchema,
  title: z.string().trim().max(TITLE_MAX, `A title has at most ${TITLE_MAX} characters.`),
  bio: z
    .string()
    .trim()
    .max(BIO_MAX, `A bio has at most ${formatLimit(BIO_MAX)} characters.`),
});

/** The person a people-changing call names; who they are is checked against the database. */
export const userIdSchema = z.uuid({ error: 'Unknown user.' });

export const changeRoleSchema = z.object({ userId: z.unknown(), role: roleSchema });
export const setActiveSchema = z.object({ userId: z.unknown(), active: z.boolean() });
export const resetPasswordSchema = z.object({ userId: z.unknown() });

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_INPUT_MAX),
  newPassword: newPasswordSchema,
});

/** A handle made from a display name: "Brussels Correspondent" → "brussels-correspondent". */
export function handleFromName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, HANDLE_MAX)
      .replace(/-+$/, '') || 'staff'
  );
}

// Common passwords of 8 characters or more (shorter ones already fail the length rule).
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '12345678910',
  '123123123',
  '11111111',
  '00000000',
  '87654321',
  '11223344',
  '12341234',
  '88888888',
  '99999999',
  '147258369',
  '987654321',
  'password',
  'password1',
  'password12',
  'password123',
  'password1234',
  'passw0rd',
  'p@ssw0rd',
  'qwertyuiop',
  'qwerty123',
  'qwerty1234',
  'qwertyui',
  'asdfghjkl',
  'zxcvbnm1',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'q1w2e3r4',
  '1qaz2wsx',
  'zaq12wsx',
  'abcd1234',
  'abc12345',
  'abcdefgh',
  'iloveyou',
  'iloveyou1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'starwars',
  'whatever',
  'trustno1',
  'welcome1',
  'welcome123',
  'letmein1',
  'master123',
  'michelle',
  'jennifer',
  'computer',
  'internet',
  'dragon123',
  'monkey123',
  'shadow123',
  'changeme',
  'administrator',
  'admin123',
  'admin1234',
  'aa123456',
  'secret123',
  'newsroom',
  'dateline',
  'dateline1',
  'correspondent',
  'editor123',
]);

/** The password a person chooses through a mailed link (an invitation, a reset). */
export const choosePasswordSchema = z.strictObject({ password: newPasswordSchema });
