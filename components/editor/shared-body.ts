'use client';
// The story body as the shared document (ARCHITECTURE.md, "Co-editing"): a Yjs document bound to
// /api/collab on the site's own origin (named by the story's id, signed in by the desk's cookie),
// kept on this device in IndexedDB so that what is typed offline survives a closed tab and merges
// on reconnect. Answers the document, and where it stands for the status line and the presence.
import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { BODY_FIELD, CLOSE, COLLAB_PATH, STORE_NOW } from '@/lib/collab/limits';
import type { SharedUser } from './collaboration-caret';

export interface SharedBodyState {
  /** The socket: up, coming up, or down (offline, server gone, refused). */
  connection: 'connecting' | 'connected' | 'disconnected';
  /** The server and this device hold the same document (reset whenever the socket drops). */
  synced: boolean;
  /** Changes of this device the server has not acknowledged yet. */
  unsynced: number;
  /** Changes of this device (typed here, or kept from an earlier visit) not yet stored. */
  pending: boolean;
  /** The document holds the story (the server sent it, or this device kept it): editable. */
  ready: boolean;
  /** When the server last acknowledged every change typed here; null until then. */
  savedAt: string | null;
  /** The server allows reading only (the permission rules, asked when the socket opens). */
  readOnly: boolean;
  /** The session ended: the socket waits for a new sign-in. */
  signedOut: boolean;
  /** Why the server closed the document on a change of ours, when it did. */
  refused: string | null;
  /** The other people in the story now, one entry per person. */
  people: SharedUser[];
}

export interface SharedBody {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

const START: SharedBodyState = {
  connection: 'connecting',
  synced: false,
  unsynced: 0,
  pending: false,
  ready: false,
  savedAt: null,
  readOnly: false,
  signedOut: false,
  refused: null,
  people: [],
};

/** Why the server may close a story's connection, whether to say so, and when to try again. */
const REFUSALS = [
  { reason: CLOSE.refusedUpdate.reason, say: true, retryMs: 10_000 },
  { reason: CLOSE.tooLarge.reason, say: true, retryMs: 10_000 },
  { reason: CLOSE.tooFast.reason, say: false, retryMs: 500 },
];

/** How long a store before a workflow step or a preview may take before it counts as failed. */
const STORE_TIMEOUT_MS = 15_000;

/** A pause in typing after which the editor asks for its changes to be stored. */
const IDLE_STORE_MS = 1_000;

interface StoreAnswer {
  stored: boolean;
  wrote?: boolean;
  version?: number;
  vector?: string;
}

function answerOf(payload: string): StoreAnswer | null {
  try {
    const answer = JSON.parse(payload) as StoreAnswer;
    return typeof answer.stored === 'boolean' ? answer : null;
  } catch {
    return null;
  }
}

const vectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Asks the server to store the document now; its answer, or null (offline, too slow). */
function askToStore(provider: HocuspocusProvider, deadline: number): Promise<StoreAnswer | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(null), Math.max(0, deadline - Date.now()));
    const onAnswer = ({ payload }: { payload: string }) => {
      const answer = answerOf(payload);
      if (answer) done(answer);
    };
    const done = (answer: StoreAnswer | null) => {
      clearTimeout(timer);
      provider.off('stateless', onAnswer);
      resolve(answer);
    };
    provider.on('stateless', onAnswer);
    provider.sendStateless(STORE_NOW);
  });
}

export function useSharedBody(storyId: string, me: SharedUser) {
  const [shared, setShared] = useState<SharedBody | null>(null);
  const [state, setState] = useState<SharedBodyState>(START);

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`dateline:story:${storyId}`, doc);
    const update = (change: Partial<SharedBodyState>) =>
      setState((current) => ({ ...current, ...change }));
    const holdsStory = () => doc.getXmlFragment(BODY_FIELD).length > 0;

    // "Saved" is stored, not just received: the server answers each store with the state vector
    // it stored, and this device's changes are saved once that vector covers them. Its changes
    // are what was typed here (this document's client id) and what it kept from an earlier visit.
    // What was kept but the server already had when this socket opened is not counted.
    const mine = new Set<number>([doc.clientID]);
    let stored = new Map<number, number>();
    /** The server's state vector when the socket last opened. */
    let serverHad: Map<number, number> | null = null;
    const pending = () => {
      const have = vectorOf(doc);
      return [...mine].some((client) => (have.get(client) ?? 0) > (stored.get(client) ?? 0));
    };
    let wasPending = false;
    /** Recounts what is unsaved; "Saved at" moves when the last of it has been stored. */
    const recount = (afterStore = false) => {
      const now = pending();
      const landed = afterStore && wasPending && !now;
      wasPending = now;
      update({ pending: now, ...(landed ? { savedAt: new Date().toISOString() } : {}) });
    };
    let idle: ReturnType<typeof setTimeout> | undefined;
    const storeWhenIdle = () => {
      clearTimeout(idle);
      if (!pending()) return;
      idle = setTimeout(() => {
        if (provider.isSynced && !provider.hasUnsyncedChanges && pending()) {
          void askToStore(provider, Date.now() + STORE_TIMEOUT_MS);
        }
      }, IDLE_STORE_MS);
    };

    let destroyed = false;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    // The provider reports its first status while it is being made: `made` is set just after.
    let made: HocuspocusProvider | null = null;
    const provider = new HocuspocusProvider({
      url: `${scheme}://${window.location.host}${COLLAB_PATH}`,
      name: storyId,
      document: doc,
      // The socket is signed in by the desk's session cookie; Hocuspocus still sends a token.
      token: 'session-cookie',
      onStatus: ({ status }) => {
        // Edits made while the socket was down wait in the provider's queue, one message a key;
        // the sync that opens every connection carries all of them at once, so the queue is
        // dropped rather than sent in a burst the endpoint would refuse as too fast.
        if (status === 'connecting' && made) dropQueuedMessages(made);
        update(
          status === 'connected' ? { connection: status } : { connection: status, synced: false },
        );
        // Closed by the offline handler below, and the network is back since: open it again.
        // (Any other close is retried by the provider itself, with its back-off.)
        const socket = made?.configuration.websocketProvider;
        if (
          status === 'disconnected' &&
          navigator.onLine &&
          !destroyed &&
          socket?.shouldConnect === false
        )
          void made?.connect();
      },
      onAuthenticated: ({ scope }) => update({ readOnly: scope === 'readonly', signedOut: false }),
      onAuthenticationFailed: () => update({ readOnly: true }),
      onSynced: () => {
        update({ synced: true, ready: true, refused: null });
        storeWhenIdle();
      },
      onClose: ({ event }) => {
        if (event.code === CLOSE.sessionEnded.code) update({ signedOut: true });
        // The server closes the story's connection (not the socket) when it refuses a message:
        // the reason says why. The socket is opened again after a moment, and the sync that
        // opens it carries every change in one message; a change that does not fit the story
        // format stays refused, and the status line says so.
        const refusal = REFUSALS.find(({ reason }) => reason === event.reason);
        if (!refusal || destroyed) return;
        update({ synced: false, ...(refusal.say ? { refused: refusal.reason } : {}) });
        clearTimeout(reopen);
        reopen = setTimeout(() => {
          if (destroyed) return;
          provider.disconnect();
          void provider.connect();
        }, refusal.retryMs);
      },
      onUnsyncedChanges: ({ number }) => {
        update({ unsynced: number });
        if (number === 0) storeWhenIdle();
      },
      onStateless: ({ payload }) => {
        const answer = answerOf(payload);
        if (!answer?.stored || !answer.vector) return;
        stored = Y.decodeStateVector(Uint8Array.from(atob(answer.vector), (c) => c.charCodeAt(0)));
        recount(true);
      },
      onAwarenessChange: () => {
        if (made) update({ people: othersIn(made, me.id) });
      },
    });
    made = provider;
    // The first step of each sync carries the server's state vector: what this device kept and
    // the server already has is not counted as unsaved. (Subscribed on the document's provider
    // only: the socket passed to its options would get raw events of its own.)
    provider.on('message', ({ event }: { event: MessageEvent }) => {
      const server = serverVectorOf(event.data as ArrayBuffer);
      if (!server) return;
      serverHad = server;
      const have = vectorOf(doc);
      for (const client of mine) {
        if (client !== doc.clientID && (have.get(client) ?? 0) <= (server.get(client) ?? 0))
          mine.delete(client);
      }
      recount();
    });
    doc.on('update', (change: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      if (origin === local) {
        // The copy kept on this device: its changes count as this device's own unless the
        // server already had them when the socket opened.
        const kept = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(change));
        for (const [client, clock] of kept) {
          if (!serverHad || clock > (serverHad.get(client) ?? 0)) mine.add(client);
        }
        return;
      }
      wasPending = true;
      update({ pending: true });
    });
    // What this device kept is shown at once, before (or without) the server.
    void local.whenSynced.then(() => {
      if (!holdsStory()) return;
      update({ ready: true });
      recount();
      storeWhenIdle();
    });
    // The browser knows first when the network is gone: say so at once, and stop waiting on a
    // socket that cannot answer; connect again as soon as it is back.
    const offline = () => {
      update({ connection: 'disconnected', synced: false });
      provider.disconnect();
    };
    const online = () => {
      void provider.connect();
      update({
        connection: provider.configuration.websocketProvider.status,
        synced: provider.isSynced,
      });
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    setShared({ doc, provider }); // eslint-disable-line react-hooks/set-state-in-effect -- the document lives as long as the page
    return () => {
      destroyed = true;
      clearTimeout(idle);
      clearTimeout(reopen);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setShared(null);
      setState(START);
    };
  }, [storyId, me.id]);

  /**
   * Asks the server to store the document now (before a workflow step or a preview), once it has
   * every change typed here. Answers the story's version after the store, or null when it could
   * not be stored (offline, refused, too slow).
   */
  const storeNow = useCallback(async (): Promise<number | null> => {
    if (!shared) return null;
    const { provider } = shared;
    const deadline = Date.now() + STORE_TIMEOUT_MS;
    const caughtUp = () => provider.isSynced && !provider.hasUnsyncedChanges;
    if (!caughtUp()) {
      const ok = await new Promise<boolean>((resolve) => {
        const check = () => {
          if (!caughtUp()) return;
          done(true);
        };
        const timer = setTimeout(() => done(false), deadline - Date.now());
        const done = (value: boolean) => {
          clearTimeout(timer);
          provider.off('synced', check);
          provider.off('unsyncedChanges', check);
          resolve(value);
        };
        provider.on('synced', check);
        provider.on('unsyncedChanges', check);
      });
      if (!ok) return null;
    }
    const answer = await askToStore(provider, deadline);
    return answer?.stored && typeof answer.version === 'number' ? answer.version : null;
  }, [shared]);

  /** Opens the socket again: after signing in again, or when what this user may do changed. */
  const reconnect = useCallback(() => {
    if (!shared) return;
    setState((current) => ({ ...current, signedOut: false }));
    shared.provider.disconnect();
    void shared.provider.connect();
  }, [shared]);

  return { shared, state, storeNow, reconnect };
}

/** Empties the provider's queue of messages waiting for the socket (see the status handler). */
function dropQueuedMessages(provider: HocuspocusProvider) {
  const socket = provider.configuration.websocketProvider as unknown as {
    messageQueue?: unknown[];
  };
  if (Array.isArray(socket.messageQueue)) socket.messageQueue = [];
}

/**
 * The server's state vector, when `data` is the first step of a sync (a y-protocols sync message
 * after the document name: type 0, step 0, the vector); null for any other message.
 */
function serverVectorOf(data: ArrayBuffer): Map<number, number> | null {
  try {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return null;
    return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  } catch {
    return null;
  }
}

/** Everyone else in the story by the awareness states, once each, in the order they came. */
function othersIn(provider: HocuspocusProvider, myId: string): SharedUser[] {
  const people = new Map<string, SharedUser>();
  for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
    if (clientId === provider.document.clientID) continue;
    const user = (state as { user?: Partial<SharedUser> }).user;
    if (!user?.id || !user.name || user.id === myId || people.has(user.id)) continue;
    people.set(user.id, { id: user.id, name: user.name, color: user.color ?? '#555555' });
  }
  return [...people.values()];
}
