// The limits of the co-editing endpoint (ARCHITECTURE.md, "Co-editing"; docs/operating.md and
// docs/security.md name them too). One place, so the docs and the server cannot drift apart.

/** The WebSocket endpoint on the app's own HTTP server. */
export const COLLAB_PATH = '/api/collab';

/** The Yjs fragment that holds the story body (Tiptap's collaboration extension names it so). */
export const BODY_FIELD = 'default';

/**
 * Open sockets one person may hold at once, across their tabs and devices: on every instance
 * together with REDIS_URL (lib/collab/redis.ts), else per instance.
 */
export const MAX_CONNECTIONS_PER_USER = 8;

/** Messages a socket may send per second (edits and sync), and the burst above it. */
export const MESSAGES_PER_SECOND = 40;
export const MESSAGE_BURST = 200;

/**
 * Caret and presence messages (awareness) have an allowance of their own. The provider passes on
 * every awareness change it hears, its own and everyone else's, so in a story open to n people
 * whose carets move five times a second each socket sends about 5n of them: 200 a second covers
 * a room of 40 (docs/benchmarks.md, Co-editing). Each is small and changes nothing stored.
 */
export const AWARENESS_PER_SECOND = 200;
export const AWARENESS_BURST = 400;

/**
 * The whole shared document, history included, as one encoded update. The body itself is held to
 * the limits of every save (lib/story-schema.ts: 2 MB of JSON, depth 50); this bounds what the
 * edit history adds on top.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** One incoming message, whatever it carries. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** How often an open socket checks again that its session still stands (other instances). */
export const SESSION_RECHECK_MS = 15_000;

/** A quiet document is stored this long after its last change, and at least this often. */
export const STORE_DEBOUNCE_MS = 1_000;
export const STORE_MAX_DEBOUNCE_MS = 5_000;

/** Close codes the client is told (4000–4999 are the application's own). */
export const CLOSE = {
  sessionEnded: { code: 4401, reason: 'Your session has ended. Sign in again.' },
  refusedUpdate: { code: 4422, reason: 'The change does not fit the story format.' },
  tooLarge: { code: 4413, reason: 'The story is too large to share.' },
  tooFast: { code: 4429, reason: 'Too many changes at once.' },
  notStored: { code: 4503, reason: 'The change could not be saved. Reconnecting.' },
} as const;

/**
 * The stateless message an editor sends before a workflow step or a preview: the server stores the
 * document at once and answers `{ stored, version }` (the story's version after the store).
 */
export const STORE_NOW = 'store-now';

/** An error Hocuspocus closes the story with, telling the client the code and reason above. */
export const reject = ({ code, reason }: { code: number; reason: string }) =>
  Object.assign(new Error(reason), { code, reason });
