// Several instances, one shared document (ARCHITECTURE.md, "Co-editing"): with REDIS_URL, the
// Hocuspocus Redis extension carries each story's changes and carets between the instances that
// have it open, and a channel of our own carries "this
// person's sessions ended", so that their sockets close on every instance at once. Without
// REDIS_URL nothing here runs and one instance works alone.
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload, afterUnloadDocumentPayload } from '@hocuspocus/server';
import { Redis } from 'ioredis';

/** How long opening a document waits for Redis before going on without it. */
const REDIS_WAIT_MS = 1_000;

/** `promise`, or 'late' once `ms` have passed. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The extension, with Redis away never stopping an instance: a story opens without waiting for
 * its channel longer than REDIS_WAIT_MS (ioredis subscribes once Redis is back). And stores take
 * no lock: the extension's lock skips a store when another instance holds it, which would leave
 * this instance's accepted changes unstored until its next change; instead every instance stores
 * what it accepted, and the store writes only over the state it read (lib/collab/server.ts), so
 * two instances storing at once lose nothing.
 */
class ResilientRedisExtension extends RedisExtension {
  override async afterLoadDocument(payload: afterLoadDocumentPayload) {
    const subscribed = super.afterLoadDocument(payload).catch(() => 'failed' as const);
    await within(REDIS_WAIT_MS, subscribed);
  }

  override async onStoreDocument() {}

  /** Set once the server closes: documents unloading after it have no channel to leave. */
  private closed = false;

  override async afterUnloadDocument(payload: afterUnloadDocumentPayload) {
    if (!this.closed) await super.afterUnloadDocument(payload);
  }

  override async onDestroy() {
    this.closed = true;
    await super.onDestroy();
  }
}

/** How long a socket's claim lasts unless renewed (at each session check, every 15 seconds). */
export const SOCKET_CLAIM_MS = 45_000;
const CLAIM_WAIT_MS = 500;

// KEYS[1]: the person's sockets (a sorted set, scored by when each claim ends). ARGV: now, the
// socket, when its claim ends, the limit. Forgets ended claims, then claims when under the limit
// (or when this socket holds one already: a renewal).
const CLAIM_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
  return 0
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3] - ARGV[1])
return 1
`;

export interface CollabRedis {
  extension: RedisExtension;
  /** Tells every instance (this one too) that `userId`'s sessions ended. */
  publishSessionsEnded(userId: string): void;
  /** Calls `listener` for every such message from any instance. */
  onSessionsEnded(listener: (userId: string) => void): void;
  /**
   * Counts a socket of `userId` across the instances: false when they already hold `limit`.
   * Each claim lasts SOCKET_CLAIM_MS unless claimed again (an instance that died frees its
   * sockets so). Redis not answering in time lets the socket in: the limit per instance holds.
   */
  claimSocket(userId: string, socketId: string, limit: number): Promise<boolean>;
  releaseSocket(userId: string, socketId: string): void;
  close(): Promise<void>;
}

/** The extension's own client takes host, port and options: REDIS_URL read into them. */
function connectionOf(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1)) || 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port) || 6379,
    options: {
      username: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      db,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
      connectionName: 'dateline-collab',
    },
  };
}

export function collabRedis(
  url: string,
  prefix = process.env.REDIS_KEY_PREFIX ?? 'dateline:',
): CollabRedis {
  const extension = new ResilientRedisExtension({
    ...connectionOf(url),
    prefix: `${prefix}collab`,
  });
  const channel = `${prefix}collab:sessions-ended`;
  const publisher = new Redis(url, { connectionName: 'dateline-collab-pub' });
  const subscriber = new Redis(url, { connectionName: 'dateline-collab-sub' });
  let down = false;
  const clients = [publisher, subscriber, extension.pub, extension.sub] as NodeJS.EventEmitter[];
  for (const client of clients) {
    client.on('error', (error: Error) => {
      if (down) return;
      down = true;
      console.error(
        `dateline: co-editing: Redis unavailable (${error.message.split('\n')[0]}); ` +
          'people on other instances do not see each other until it is back',
      );
    });
    client.on('ready', () => (down = false));
  }
  const listeners = new Set<(userId: string) => void>();
  void subscriber.subscribe(channel).catch(() => {}); // ioredis subscribes again on reconnect
  subscriber.on('message', (from: string, userId: string) => {
    if (from !== channel) return;
    for (const listener of listeners) listener(userId);
  });
  return {
    extension,
    publishSessionsEnded(userId) {
      void publisher.publish(channel, userId).catch(() => {});
    },
    onSessionsEnded(listener) {
      listeners.add(listener);
    },
    async claimSocket(userId, socketId, limit) {
      const now = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<number>(
        (resolve) => (timer = setTimeout(() => resolve(1), CLAIM_WAIT_MS)),
      );
      try {
        const claimed = await Promise.race([
          publisher
            .eval(
              CLAIM_SCRIPT,
              1,
              `${prefix}collab:sockets:${userId}`,
              now,
              socketId,
              now + SOCKET_CLAIM_MS,
              limit,
            )
            .then(Number)
            .catch(() => 1),
          late,
        ]);
        return claimed === 1;
      } finally {
        clearTimeout(timer);
      }
    },
    releaseSocket(userId, socketId) {
      void publisher.zrem(`${prefix}collab:sockets:${userId}`, socketId).catch(() => {});
    },
    async close() {
      await extension.onDestroy();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
