// Checking input against a schema, the one way services and commands do it: a refusal becomes an
// `invalid` AppError whose fields carry each message for the form.
import type { z } from 'zod';
import { AppError } from '@/lib/errors';

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
