// Password hashing runs at most PASSWORD_HASH_CONCURRENCY (default: the cores but one) at once;
// the rest wait in line, so a burst of sign-ins cannot take every thread and core from the rest
// of the server.
import os from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const argon2 = vi.hoisted(() => ({
  running: 0,
  most: 0,
  started: 0,
  pending: [] as (() => void)[],
}));

vi.mock('@node-rs/argon2', () => {
  const slow = <T>(value: T) =>
    new Promise<T>((resolve) => {
      argon2.started++;
      argon2.running++;
      argon2.most = Math.max(argon2.most, argon2.running);
      argon2.pending.push(() => {
        argon2.running--;
        resolve(value);
      });
    });
  return {
    hash: (password: string) => slow(`$argon2id$fake$${password}`),
    verify: (stored: string, password: string) => slow(stored === `$argon2id$fake$${password}`),
  };
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Lets every hash in flight finish, until none is left. */
async function drain() {
  while (argon2.pending.length > 0) {
    for (const finish of argon2.pending.splice(0)) finish();
    await settle();
  }
}

async function freshModule(limit?: string) {
  vi.resetModules();
  if (limit === undefined) delete process.env.PASSWORD_HASH_CONCURRENCY;
  else process.env.PASSWORD_HASH_CONCURRENCY = limit;
  return import('./password');
}

beforeEach(() => Object.assign(argon2, { running: 0, most: 0, started: 0, pending: [] }));

describe('password hashing in line', () => {
  it('runs as many hashes at once as there are cores but one, verifies and hashes alike', async () => {
    const { hashPassword, verifyPassword, PASSWORD_HASH_CONCURRENCY } = await freshModule();
    expect(PASSWORD_HASH_CONCURRENCY).toBe(Math.max(1, os.availableParallelism() - 1));
    const attempts = PASSWORD_HASH_CONCURRENCY + 4;
    const answers = Promise.all([
      ...Array.from({ length: attempts }, (_, i) =>
        verifyPassword('$argon2id$fake$right', `guess ${i}`),
      ),
      hashPassword('a new password'),
      verifyPassword('$argon2id$fake$right', 'right'),
    ]);
    await settle();
    expect(argon2.started).toBe(PASSWORD_HASH_CONCURRENCY);
    await drain();
    expect(await answers).toEqual([
      ...Array.from({ length: attempts }, () => false),
      '$argon2id$fake$a new password',
      true,
    ]);
    expect(argon2.most).toBe(PASSWORD_HASH_CONCURRENCY);
    expect(argon2.started).toBe(attempts + 2);
  });

  it('takes its limit from PASSWORD_HASH_CONCURRENCY', async () => {
    const { verifyPassword } = await freshModule('3');
    const answers = Promise.all(
      Array.from({ length: 6 }, () => verifyPassword('$argon2id$fake$x', 'y')),
    );
    await settle();
    expect(argon2.started).toBe(3);
    await drain();
    await answers;
    expect(argon2.most).toBe(3);
  });
});
