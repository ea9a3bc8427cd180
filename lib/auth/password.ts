import os from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { createLimiter, limitFromEnv } from '../concurrency';

// Argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Each hash holds a core and one of libuv's four threads for its whole run. A burst of sign-ins
// (a guesser, or a newsroom signing in at once) waits here in line and leaves a core to the rest
// of the server: with four at once, 1,000 wrong passwords took /api/health's p95 from 17 ms to
// 195 ms and a static file's from 16 ms to 312 ms on two cores; one at a time, to 30 and 37 ms,
// for a fifth fewer attempts answered per second (bench/load.ts, test plan 63 in docs/testing.md).
export const PASSWORD_HASH_CONCURRENCY = limitFromEnv(
  'PASSWORD_HASH_CONCURRENCY',
  Math.max(1, os.availableParallelism() - 1),
);

const hashing = createLimiter(PASSWORD_HASH_CONCURRENCY);

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashing(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}
