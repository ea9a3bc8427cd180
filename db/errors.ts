/**
 * A configuration problem an operator must fix (bad URL, server down, data directory in use,
 * missing secret).
 * Its message is one line meant to be printed as it is, without a stack trace.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

interface PgLikeError {
  code?: string;
  message?: string;
}

/** Turns a driver error met while connecting into one line an operator can act on. */
export function describeConnectError(error: unknown, url: string): ConfigError {
  const where = safeTarget(url);
  const code = (error as PgLikeError)?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: `connection refused`,
    ENOTFOUND: `host not found`,
    EAI_AGAIN: `host not found`,
    ETIMEDOUT: `connection timed out`,
    '28P01': `password authentication failed`,
    '28000': `this user may not connect`,
    '3D000': `the database does not exist`,
  };
  const reason =
    (code && reasons[code]) || (error as PgLikeError)?.message?.split('\n')[0] || 'unknown error';
  return new ConfigError(
    `Cannot use PostgreSQL at ${where} (${reason}). Check DATABASE_URL and that the server runs.`,
  );
}

/** host:port/database of a connection URL, never its password. */
export function safeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(an unparseable DATABASE_URL)';
  }
}

/** True for PostgreSQL's unique_violation, whether the driver's error or drizzle's wrapper. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as PgLikeError)?.code ?? (error as { cause?: PgLikeError })?.cause?.code;
  return code === '23505';
}
