// Input rules for people: shared by the desk's forms, the server actions and the CLI.
import { z } from 'zod';
import { AppError } from '@/lib/errors';

export const ROLES = ['correspondent', 'editor', 'admin'] as const;

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address.' }));

// No composition rules (NIST 800-63B): length, and not one of the most common passwords.
export const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(8, 'Use at least 8 characters (15 or more is better).')
  .max(256, 'Use at most 256 characters.')
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
  .max(100, 'A display name has at most 100 characters.');

export const handleSchema = z
  .string({ error: 'Enter a handle.' })
  .trim()
  .toLowerCase()
  .min(2, 'A handle has at least 2 characters.')
  .max(40, 'A handle has at most 40 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes.');

export const createUserSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  handle: handleSchema.optional(),
  role: roleSchema,
  title: z.string().trim().max(120, 'A title has at most 120 characters.').default(''),
});

export const profileSchema = z.strictObject({
  displayName: displayNameSchema,
  handle: handleSchema,
  title: z.string().trim().max(120, 'A title has at most 120 characters.'),
  bio: z.string().trim().max(2000, 'A bio has at most 2,000 characters.'),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
  newPassword: newPasswordSchema,
});

/**
 * Where `value` holds a NUL character (in a string or a key), as a field path; null when nowhere.
 * PostgreSQL text and JSON cannot store NUL, and no field needs it. Stops at depth 64: deeper
 * input is refused by its own limits (a story body's is 50).
 */
function nulAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'form' : null;
  if (value === null || typeof value !== 'object' || path.length > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return path.join('.') || 'form';
    const found = nulAt(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** Parses or throws an `invalid` AppError whose fields carry each message for the form. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const nul = nulAt(input);
  if (nul !== null) {
    const message = 'Remove the NUL character: text cannot contain it.';
    throw new AppError('invalid', message, { [nul]: message });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || 'form';
    fields[key] ??= issue.code === 'unrecognized_keys' ? 'Unexpected field.' : issue.message;
  }
  const first = Object.values(fields)[0] ?? 'Check the form.';
  throw new AppError('invalid', first, fields);
}

/** A handle made from a display name: "Brussels Correspondent" → "brussels-correspondent". */
export function handleFromName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
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
