// One error type for everything a service refuses, with one mapping to HTTP status.
export type ErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'too_large'
  | 'rate_limited'
  /** The database does not answer: try again shortly (the editor's autosave retries). */
  | 'unavailable';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field name → message, for forms. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** What a form or an API response may show: the AppError's own words, or nothing that leaks. */
export function publicError(error: unknown): {
  code: ErrorCode | 'internal';
  message: string;
  fields: Record<string, string>;
} {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, fields: error.fields };
  }
  return { code: 'internal', message: 'Something went wrong. Please try again.', fields: {} };
}
