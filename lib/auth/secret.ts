import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/db/data-dir';
import { ConfigError } from '@/db/errors';

let cached: string | undefined;

/**
 * The key that encrypts session cookies. AUTH_SECRET when set (at least 32 characters); for the
 * embedded demo, one generated once and kept in DATA_DIR/auth-secret. A deployment on a
 * PostgreSQL server must set it: several instances need the same key, and none should invent one.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) {
      throw new ConfigError('AUTH_SECRET must be at least 32 characters long.');
    }
    return (cached = fromEnv);
  }
  if (process.env.DATABASE_URL) {
    throw new ConfigError(
      'AUTH_SECRET is required with DATABASE_URL (generate one: openssl rand -base64 32).',
    );
  }
  const file = path.join(dataDir(), 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64url')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  }
  return (cached = fs.readFileSync(file, 'utf8').trim());
}
