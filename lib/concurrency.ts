// A cap on how many of one kind of costly task run at once (password hashing, image processing):
// the rest wait their turn, first come first served. Both kinds run on libuv's few threads (four
// by default) beside file reads and other crypto; uncapped, a burst of them fills every thread
// and every core, and the rest of the server waits behind it.

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs at most `max` tasks at once; a task's failure frees its place like a success. */
export function createLimiter(max: number): Limiter {
  if (!(Number.isInteger(max) && max > 0)) throw new Error(`a limit must be 1 or more: ${max}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < max) running++;
    // The task that finishes hands its place to the first in line (running stays the same).
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** A limit from the environment (a whole number of 1 or more), else `fallback`. */
export function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
