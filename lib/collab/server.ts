// The co-editing server (ARCHITECTURE.md, "Co-editing"): one Yjs document per story, served by
// Hocuspocus over WebSocket at /api/collab on the app's own HTTP server. Every socket proves its
// session at the upgrade; every story it opens asks the permission rules; every change passes the
// body gate of saves, then is written to collab_updates, before it joins the document and is
// acknowledged; every store folds those into the stored state and writes the working revision
// through the ordinary save, credited to everyone who changed it.
import crypto from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';
import type { Database } from '@/db';
import { collabUpdates, stories } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { assertSameOrigin } from '@/lib/same-origin';
import { storyInScope } from '@/lib/services/story-scope';
import { checkUpdate } from './document';
import {
  CLOSE,
  COLLAB_PATH,
  MAX_CONNECTIONS_PER_USER,
  MAX_MESSAGE_BYTES,
  AWARENESS_BURST,
  AWARENESS_PER_SECOND,
  MESSAGE_BURST,
  MESSAGES_PER_SECOND,
  SESSION_RECHECK_MS,
  STORE_DEBOUNCE_MS,
  STORE_MAX_DEBOUNCE_MS,
  STORE_NOW,
  reject,
} from './limits';
import type { CollabRedis } from './redis';
import { onSessionsEnded } from './sessions-ended';
import { loadInto, store } from './storage';
import { sessionFromCookie, stillValid, type SocketUser } from './socket-session';

interface SocketContext {
  user: SocketUser;
}

export interface CollabServer {
  /** Takes the upgrade when it is for the co-editing endpoint; false leaves it to others. */
  handleUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Stores every open document, then closes every socket. */
  close(): Promise<void>;
  readonly hocuspocus: Hocuspocus;
}

export interface CollabOptions {
  db: () => Promise<Database>;
  /** How often open sockets check their session again (tests shorten it). */
  sessionRecheckMs?: number;
  /** With several instances (REDIS_URL): changes, carets and ended sessions between them. */
  redis?: CollabRedis | null;
}

// y-protocols message types (the first numbers of a Hocuspocus message after the document name).
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Whether a message carries carets and presence (awareness) rather than the document. */
function isAwareness(data: Uint8Array): boolean {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder); // the document name
  return decoding.readVarUint(decoder) === MESSAGE_AWARENESS;
}

/** The Yjs update a message carries, if it carries one. */
function updateOf(data: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder); // the document name
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

function refuseUpgrade(socket: Duplex, status: number, message: string) {
  socket.end(
    `HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}

export function createCollabServer({
  db,
  sessionRecheckMs = SESSION_RECHECK_MS,
  redis = null,
}: CollabOptions): CollabServer {
  const socketsOf = new Map<string, Set<WebSocket>>();
  const budgets = new Map<string, { tokens: number; at: number }>();
  /**
   * Changes written to collab_updates whose message Hocuspocus has not applied yet, per document:
   * the next change is checked on top of them. Messages of one document are checked and written
   * one after another (`serially`), so that no change is judged without the ones before it.
   */
  const accepted = new Map<string, Uint8Array[]>();
  const queues = new Map<string, Promise<unknown>>();

  function serially<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => {},
      () => {},
    );
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Changes and carets between instances (lib/collab/redis.ts).
    extensions: redis ? [redis.extension] : [],
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,

    async onAuthenticate({ context, documentName, connectionConfig }) {
      const { user } = context as SocketContext;
      let scope;
      try {
        ({ scope } = await storyInScope(await db(), user, documentName));
      } catch (error) {
        // Another's story is refused as one that does not exist: the socket learns nothing.
        if (error instanceof AppError) throw reject({ code: 4403, reason: 'permission-denied' });
        throw error;
      }
      if (!can(user, 'story.view', scope))
        throw reject({ code: 4403, reason: 'permission-denied' });
      connectionConfig.readOnly = !can(user, 'story.edit', scope);
    },

    async onLoadDocument({ documentName, document }) {
      await loadInto(await db(), documentName, document);
    },

    async beforeHandleMessage({ connection, update: data, socketId, documentName, document }) {
      if (!spend(socketId, isAwareness(data) ? 'awareness' : 'changes'))
        throw reject(CLOSE.tooFast);
      if (data.byteLength > MAX_MESSAGE_BYTES) throw reject(CLOSE.tooLarge);
      if (connection.readOnly) return; // Hocuspocus refuses its changes itself
      const update = updateOf(data);
      if (!update) return;
      const { user } = connection.context as SocketContext;
      await serially(documentName, async () => {
        const earlier = accepted.get(documentName) ?? [];
        let changes: boolean;
        try {
          changes = checkUpdate(document, update, earlier);
        } catch (error) {
          if (error instanceof AppError && error.message.includes('too large')) {
            throw reject(CLOSE.tooLarge);
          }
          throw reject(CLOSE.refusedUpdate);
        }
        if (!changes) return; // nothing new (a reconnect's sync): acknowledged as it stands
        // Durable before Hocuspocus applies it, sends it to the others and acknowledges it: the
        // acknowledgement (the provider's "synced", no unsynced changes) means it is written.
        try {
          await (
            await db()
          )
            .insert(collabUpdates)
            .values({ storyId: documentName, update, userId: user.id });
        } catch (error) {
          // Not written, so not taken: the socket closes, and the provider reconnects and sends
          // what the server lacks again.
          console.error(error);
          connection.webSocket.close(CLOSE.notStored.code, CLOSE.notStored.reason);
          throw reject(CLOSE.notStored);
        }
        earlier.push(update);
        accepted.set(documentName, earlier);
        // Hocuspocus applies the message in the promise callbacks that follow this hook, all of
        // them before the next turn of the event loop; then the change is in the document itself.
        setImmediate(() => {
          const list = accepted.get(documentName);
          const at = list?.indexOf(update) ?? -1;
          if (at >= 0) list!.splice(at, 1);
          if (list?.length === 0) accepted.delete(documentName);
        });
      });
    },

    async onStoreDocument({ documentName, document }) {
      await store(await db(), documentName, document);
    },

    // Before a workflow step or a preview, and when its typing pauses, the editor asks for the
    // document to be stored now (the working revision is what steps, previews and the API read).
    // The answer names the story's version after the store, to build a step on, and the state
    // vector the store covered, against which the editor tells its changes saved.
    async onStateless({ payload, document, connection }) {
      if (payload !== STORE_NOW) return;
      let answer: { stored: boolean; version?: number; vector?: string };
      try {
        // Everything in the document now is in what the store writes (it merges the document).
        const vector = Y.encodeStateVector(document);
        await hocuspocus.storeDocumentHooks(
          document,
          { documentName: document.name, document } as never,
          true,
        );
        const [row] = await (
          await db()
        )
          .select({ version: stories.version })
          .from(stories)
          .where(eq(stories.id, document.name));
        answer = {
          stored: true,
          version: row?.version,
          vector: Buffer.from(vector).toString('base64'),
        };
      } catch {
        answer = { stored: false };
      }
      connection.sendStateless(JSON.stringify(answer));
    },

    async onDisconnect({ socketId }) {
      budgets.delete(`${socketId}:changes`);
      budgets.delete(`${socketId}:awareness`);
    },
  });

  /**
   * Two token buckets per socket: changes at MESSAGES_PER_SECOND with bursts up to MESSAGE_BURST,
   * carets at AWARENESS_PER_SECOND with bursts up to AWARENESS_BURST (lib/collab/limits.ts).
   */
  function spend(socketId: string, kind: 'changes' | 'awareness'): boolean {
    const [rate, burst] =
      kind === 'awareness'
        ? [AWARENESS_PER_SECOND, AWARENESS_BURST]
        : [MESSAGES_PER_SECOND, MESSAGE_BURST];
    const key = `${socketId}:${kind}`;
    const now = Date.now();
    const budget = budgets.get(key) ?? { tokens: burst, at: now };
    budget.tokens = Math.min(burst, budget.tokens + ((now - budget.at) / 1000) * rate);
    budget.at = now;
    budgets.set(key, budget);
    if (budget.tokens < 1) return false;
    budget.tokens -= 1;
    return true;
  }

  function closeSocketsOf(userId: string) {
    for (const ws of socketsOf.get(userId) ?? []) {
      ws.close(CLOSE.sessionEnded.code, CLOSE.sessionEnded.reason);
    }
  }
  // Here at once; on the other instances through Redis, when there is one (else at their next
  // session check).
  const stopListening = onSessionsEnded((userId) => {
    closeSocketsOf(userId);
    redis?.publishSessionsEnded(userId);
  });
  redis?.onSessionsEnded(closeSocketsOf);

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  async function accept(request: http.IncomingMessage, socket: Duplex, head: Buffer) {
    try {
      assertSameOrigin(new Headers(request.headers as Record<string, string>));
    } catch {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    let user: SocketUser | null;
    try {
      user = await sessionFromCookie(await db(), request.headers.cookie);
    } catch {
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    if (!user) return refuseUpgrade(socket, 401, 'Unauthorized');
    const own = socketsOf.get(user.id) ?? new Set<WebSocket>();
    if (own.size >= MAX_CONNECTIONS_PER_USER)
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    // With several instances, the limit counts the person's sockets on all of them.
    const claim = crypto.randomUUID();
    if (redis && !(await redis.claimSocket(user.id, claim, MAX_CONNECTIONS_PER_USER))) {
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      own.add(ws);
      socketsOf.set(user.id, own);
      const recheck = setInterval(() => {
        void redis?.claimSocket(user.id, claim, MAX_CONNECTIONS_PER_USER); // renewed
        void db()
          .then((database) => stillValid(database, user.id, user.sessionVersion))
          .then((valid) => {
            if (!valid) ws.close(CLOSE.sessionEnded.code, CLOSE.sessionEnded.reason);
          })
          .catch(() => {}); // the database not answering is an outage, not a sign-out
      }, sessionRecheckMs);
      ws.on('close', () => {
        clearInterval(recheck);
        redis?.releaseSocket(user.id, claim);
        own.delete(ws);
        if (own.size === 0) socketsOf.delete(user.id);
      });
      hocuspocus.handleConnection(ws, request, { user } satisfies SocketContext);
    });
  }

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const pathname = (request.url ?? '/').split('?', 1)[0];
      if (pathname !== COLLAB_PATH && !pathname?.startsWith(`${COLLAB_PATH}/`)) return false;
      void accept(request, socket, head);
      return true;
    },
    async close() {
      stopListening();
      await Promise.all(
        [...hocuspocus.documents.values()].map((document) =>
          hocuspocus.storeDocumentHooks(
            document,
            { documentName: document.name, document } as never,
            true,
          ),
        ),
      );
      hocuspocus.closeConnections();
      wss.close();
      await redis?.close();
    },
  };
}
