import { describe, expect, it } from 'vitest';
import { createLimiter, limitFromEnv } from './concurrency';

/** A task that runs until the test lets it finish, recording when it started. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLimiter', () => {
  it('runs at most the limit at once and starts the rest in order as places free', async () => {
    const limit = createLimiter(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const results = gates.map((g, i) =>
      limit(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the place of a task that fails and passes the failure on', async () => {
    const limit = createLimiter(1);
    const first = gate();
    const started: string[] = [];
    const failing = limit(async () => {
      started.push('failing');
      await first.done;
    });
    const next = limit(async () => {
      started.push('next');
      return 'ran';
    });
    await settle();
    expect(started).toEqual(['failing']);
    first.fail(new Error('broken image'));
    await expect(failing).rejects.toThrow('broken image');
    expect(await next).toBe('ran');
  });

  it('never lets more than the limit run under a burst of short tasks', async () => {
    const limit = createLimiter(3);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        limit(async () => {
          running++;
          most = Math.max(most, running);
          for (let tick = 0; tick < i % 4; tick++) await settle();
          running--;
        }),
      ),
    );
    expect(most).toBe(3);
  });

  it('refuses a limit below one', () => {
    expect(() => createLimiter(0)).toThrow();
    expect(() => createLimiter(1.5)).toThrow();
  });
});

describe('limitFromEnv', () => {
  it('reads a whole number of 1 or more, else keeps the fallback', () => {
    const name = 'DATELINE_TEST_LIMIT';
    for (const [value, expected] of [
      ['4', 4],
      ['0', 2],
      ['-1', 2],
      ['1.5', 2],
      ['many', 2],
      ['', 2],
    ] as const) {
      process.env[name] = value;
      expect(limitFromEnv(name, 2)).toBe(expected);
    }
    delete process.env[name];
    expect(limitFromEnv(name, 2)).toBe(2);
  });
});
