// When an account change ends someone's sessions (deactivation, a new password, signing out), the
// co-editing sockets of that person on this instance close at once; with REDIS_URL the server
// passes it on to every other instance (lib/collab/redis.ts), else sockets there find out at their
// next session check (lib/collab/limits.ts, SESSION_RECHECK_MS).
type Listener = (userId: string) => void;

const globalForCollab = globalThis as typeof globalThis & { datelineSessionsEnded?: Set<Listener> };
const listeners = (globalForCollab.datelineSessionsEnded ??= new Set());

export function onSessionsEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sessionsEnded(userId: string): void {
  for (const listener of listeners) listener(userId);
}
