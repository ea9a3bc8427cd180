// The Redis side of the shared page cache (shared.ts): the client's settings, the two scripts
// that read and delete in one step, and a reader's time limit.
import fs from 'node:fs';
import path from 'node:path';
import { Redis, type Result } from 'ioredis';

/** A version outlives the pages that carry it; one that expires only turns them into misses. */
export const VERSION_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long Redis remembers that an invalidation was applied: far longer than the 30 seconds in
 * which instances apply one (invalidation.ts). Forgotten, it would only be deleted once more.
 */
export const MARKER_TTL_MS = 10 * 60 * 1000;

// KEYS[1]: the page; KEYS[2..]: the versions of its tags. ARGV[1]: the version given to a tag that
// has none; ARGV[2]: how long versions live. Returns the page (or nil) and the versions, in order.
export const LOOKUP_SCRIPT = `
local versions = {}
for i = 2, #KEYS do
  local version = redis.call('GET', KEYS[i])
  if not version then
    version = ARGV[1]
    redis.call('SET', KEYS[i], version, 'PX', ARGV[2])
  end
  versions[i - 1] = version
end
return {redis.call('GET', KEYS[1]), unpack(versions)}
`;

// KEYS[1]: the marker of an invalidation; KEYS[2..]: the versions of its tags. ARGV[1]: how long
// the marker lives. The first instance to apply the invalidation deletes the versions.
export const DELETE_ONCE_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
  redis.call('DEL', unpack(KEYS, 2))
end
return 1
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lookupPageBuffer(
      numberOfKeys: number,
      ...keysAndArgs: string[]
    ): Result<(Buffer | null)[], Context>;
    deleteOnce(numberOfKeys: number, ...keysAndArgs: string[]): Result<number, Context>;
  }
}

/**
 * `promise`'s value, or null when it fails or takes longer than `ms`. Only a reader waits this
 * little: deletions, which nobody waits for, are not given up because this process was busy.
 */
export async function within<T>(ms: number, promise: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Redis client for the shared tier: no offline queue (a command while disconnected fails at
 * once instead of waiting), a connection that stops answering is dropped, reconnection for ever,
 * and an error listener so that an outage is a line in the log, once, rather than a crash.
 */
export function connectRedis(url: string, name = 'dateline'): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    connectTimeout: 1000,
    // A connection that stops answering is dropped and made again; what was sent on it fails.
    socketTimeout: 1000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(100 * attempt, 1000),
    protocol: 2, // nothing here needs RESP3; RESP2 works with every Redis and proxy
    scripts: {
      lookupPage: { lua: LOOKUP_SCRIPT },
      deleteOnce: { lua: DELETE_ONCE_SCRIPT },
    },
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.error(
      `dateline: shared page cache: Redis unavailable (${error.message.split('\n')[0]}); ` +
        'pages render locally until it is back',
    );
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    console.log('dateline: shared page cache: Redis is back');
  });
  return redis;
}

/** The build's id, so that pages are shared only between instances of one build. */
export function buildId(): string {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}
