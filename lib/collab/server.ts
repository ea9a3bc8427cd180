// The co-editing server (ARCHITECTURE.md, "Co-editing"): one Yjs document per story, served by
// Hocuspocus over WebSocket at /api/collab on the app's own HTTP server. Every socket proves its
// session at the upgrade; every story it opens asks the permission rules; every change passes the
// body gate of saves before it joins the document; every store writes the working revision
// through the ordinary save.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import { Hocuspocus, type Document } from '@hocuspocus/server';
import type { Database } from '@/db';
import { collabDocuments, revisions, stories } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { assertSameOrigin } from '@/lib/same-origin';
import { loadEditorState, saveStory } from '@/lib/services/stories';
import { storyInScope } from '@/lib/services/story-scope';
import { bodyOfDocument, checkUpdate, documentOfBody, foldBodyInto } from './document';
import {
  CLOSE,
  COLLAB_PATH,
  MAX_CONNECTIONS_PER_USER,
  MAX_MESSAGE_BYTES,
  MESSAGE_BURST,
  MESSAGES_PER_SECOND,
  SESSION_RECHECK_MS,
  STORE_DEBOUNCE_MS,
  STORE_MAX_DEBOUNCE_MS,
  STORE_NOW,
} from './limits';
import { onSessionsEnded } from './sessions-ended';
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
}

// y-protocols message types (the first numbers of a Hocuspocus message after the document name).
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

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

const reject = ({ code, reason }: { code: number; reason: string }) =>
  Object.assign(new Error(reason), { code, reason });

export function createCollabServer({
  db,
  sessionRecheckMs = SESSION_RECHECK_MS,
}: CollabOptions): CollabServer {
  const socketsOf = new Map<string, Set<WebSocket>>();
  const budgets = new Map<string, { tokens: number; at: number }>();
  /** Who changed each document since it was last stored: the store credits the last of them. */
  const lastEditor = new Map<string, SocketUser>();
  /** The state vector of each document's last store: what an editor may call saved. */
  const lastStored = new Map<string, Uint8Array>();

  const hocuspocus = new Hocuspocus({
    quiet: true,
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

    async beforeHandleMessage({ connection, update: data, socketId, document }) {
      if (!spend(socketId)) throw reject(CLOSE.tooFast);
      if (data.byteLength > MAX_MESSAGE_BYTES) throw reject(CLOSE.tooLarge);
      if (connection.readOnly) return; // Hocuspocus refuses its changes itself
      const update = updateOf(data);
      if (!update) return;
      try {
        checkUpdate(document, update);
      } catch (error) {
        if (error instanceof AppError) {
          throw reject(error.message.includes('too large') ? CLOSE.tooLarge : CLOSE.refusedUpdate);
        }
        throw reject(CLOSE.refusedUpdate);
      }
    },

    async onChange({ documentName, context }) {
      const user = (context as Partial<SocketContext> | undefined)?.user;
      if (user) lastEditor.set(documentName, user);
    },

    async onStoreDocument({ documentName, document }) {
      const user = lastEditor.get(documentName);
      if (!user) return;
      const vector = Y.encodeStateVector(document);
      await store(await db(), documentName, document, user);
      lastStored.set(documentName, vector);
      if (lastEditor.get(documentName) === user) lastEditor.delete(documentName);
    },

    async afterUnloadDocument({ documentName }) {
      lastStored.delete(documentName);
    },

    // Before a workflow step or a preview, and when its typing pauses, the editor asks for the
    // document to be stored now. The answer names the version to build a step on, whether this
    // store wrote anything, and the state vector stored (the editor's "Saved" compares its own).
    async onStateless({ payload, document, connection }) {
      if (payload !== STORE_NOW) return;
      let answer: { stored: boolean; wrote?: boolean; version?: number; vector?: string };
      try {
        const before = lastStored.get(document.name);
        await hocuspocus.storeDocumentHooks(
          document,
          { documentName: document.name, document } as never,
          true,
        );
        const after = lastStored.get(document.name);
        const [row] = await (await db())
          .select({ version: stories.version })
          .from(stories)
          .where(eq(stories.id, document.name));
        // Never stored since it was loaded: it is then as loaded, which is stored.
        const vector = after ?? Y.encodeStateVector(document);
        answer = {
          stored: true,
          wrote: after !== before,
          version: row?.version,
          vector: Buffer.from(vector).toString('base64'),
        };
      } catch {
        answer = { stored: false };
      }
      connection.sendStateless(JSON.stringify(answer));
    },

    async onDisconnect({ socketId }) {
      budgets.delete(socketId);
    },
  });

  /** A token bucket per socket: MESSAGES_PER_SECOND, bursts up to MESSAGE_BURST. */
  function spend(socketId: string): boolean {
    const now = Date.now();
    const budget = budgets.get(socketId) ?? { tokens: MESSAGE_BURST, at: now };
    budget.tokens = Math.min(
      MESSAGE_BURST,
      budget.tokens + ((now - budget.at) / 1000) * MESSAGES_PER_SECOND,
    );
    budget.at = now;
    budgets.set(socketId, budget);
    if (budget.tokens < 1) return false;
    budget.tokens -= 1;
    return true;
  }

  const stopListening = onSessionsEnded((userId) => {
    for (const ws of socketsOf.get(userId) ?? []) {
      ws.close(CLOSE.sessionEnded.code, CLOSE.sessionEnded.reason);
    }
  });

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
    wss.handleUpgrade(request, socket, head, (ws) => {
      own.add(ws);
      socketsOf.set(user.id, own);
      const recheck = setInterval(() => {
        void db()
          .then((database) => stillValid(database, user.id, user.sessionVersion))
          .then((valid) => {
            if (!valid) ws.close(CLOSE.sessionEnded.code, CLOSE.sessionEnded.reason);
          })
          .catch(() => {}); // the database not answering is an outage, not a sign-out
      }, sessionRecheckMs);
      ws.on('close', () => {
        clearInterval(recheck);
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
    },
  };
}

/**
 * Fills a freshly loaded document: the stored state, with any save made without it since folded
 * in; or, the first time, the working revision's body, stored at once so that every instance
 * starts from the same history.
 */
async function loadInto(db: Database, storyId: string, document: Document) {
  const [story] = await db
    .select({ version: stories.version, body: revisions.body })
    .from(stories)
    .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
    .where(eq(stories.id, storyId));
  if (!story) throw reject({ code: 4404, reason: 'not-found' });
  let [row] = await db.select().from(collabDocuments).where(eq(collabDocuments.storyId, storyId));
  if (!row) {
    const seed = documentOfBody(story.body);
    await db
      .insert(collabDocuments)
      .values({ storyId, state: Y.encodeStateAsUpdate(seed), storyVersion: story.version })
      .onConflictDoNothing();
    seed.destroy();
    [row] = await db.select().from(collabDocuments).where(eq(collabDocuments.storyId, storyId));
  }
  for (let attempt = 0; row!.storyVersion !== story.version && attempt < 3; attempt += 1) {
    // A save made without the document (a restore, the 409 path) is folded in and stored at once,
    // as the seed is: a fold made again on the next load would add its text a second time for
    // every device that kept the first one (editors keep the document in IndexedDB).
    const folded = new Y.Doc();
    Y.applyUpdate(folded, new Uint8Array(row!.state));
    foldBodyInto(folded, story.body);
    const state = Y.encodeStateAsUpdate(folded);
    folded.destroy();
    const [won] = await db
      .update(collabDocuments)
      .set({ state, storyVersion: story.version, updatedAt: new Date() })
      .where(
        and(
          eq(collabDocuments.storyId, storyId),
          eq(collabDocuments.storyVersion, row!.storyVersion),
        ),
      )
      .returning({ storyId: collabDocuments.storyId });
    if (won) {
      row = { ...row!, state, storyVersion: story.version };
      break;
    }
    // Another instance folded it first: take theirs.
    [row] = await db.select().from(collabDocuments).where(eq(collabDocuments.storyId, storyId));
  }
  Y.applyUpdate(document, new Uint8Array(row!.state));
}

/**
 * Writes the document: the working revision through the ordinary save (coalesced per person per
 * five minutes, credited to who changed it last), then the Yjs state with the version it made.
 */
async function store(db: Database, storyId: string, document: Document, user: SocketUser) {
  const body = bodyOfDocument(document);
  const state = Y.encodeStateAsUpdate(document);
  for (let attempt = 0; ; attempt += 1) {
    const editor = await loadEditorState(db, user, storyId);
    let version = editor.version;
    if (!editor.canEdit) return;
    if (JSON.stringify(editor.body) !== JSON.stringify(body)) {
      try {
        ({ version } = await saveStory(db, user, storyId, {
          baseVersion: editor.version,
          meta: editor.meta,
          body,
        }));
      } catch (error) {
        // A metadata save landed in between: read again and save on top of it.
        if (error instanceof AppError && error.code === 'conflict' && attempt < 3) continue;
        throw error;
      }
    }
    await db
      .insert(collabDocuments)
      .values({ storyId, state, storyVersion: version })
      .onConflictDoUpdate({
        target: collabDocuments.storyId,
        set: { state, storyVersion: version, updatedAt: new Date() },
      });
    return;
  }
}
