// Co-editing peers for bench/collab.ts: Yjs documents bound to a story over the co-editing
// endpoint (ARCHITECTURE.md, "Co-editing") with the provider the desk's editor uses, signed in
// with a session cookie as a browser would be. A typing peer writes at the end of a paragraph of
// its own, one keystroke at a time, each keystroke carrying a marker no other keystroke carries,
// and moves its caret as the editor's caret extension does; an observer notes when each marker
// reaches it. Every time is on one clock: the epoch in milliseconds (performance.timeOrigin +
// performance.now()), the same in this process and, after the offset is measured, in a browser.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { BODY_FIELD, COLLAB_PATH } from '@/lib/collab/limits';

export const now = () => performance.timeOrigin + performance.now();

/**
 * A keystroke's marker, `[round.peer.key]`: unique in the run (each round of typing has a number
 * of its own), found again by MARKERS.
 */
export const marker = (round: number, peer: number, key: number) => `[${round}.${peer}.${key}]`;
export const MARKERS = /\[\d+\.\d+\.\d+\]/g;
/** The typist who typed a marker. */
export const typistOf = (found: string) => Number(found.split('.')[1]);
let rounds = 0;

export interface Peer {
  name: string;
  document: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  closes: { code: number; reason: string }[];
  /** Messages this peer's socket has sent. */
  sentMessages: { count: number };
  destroy(): void;
}

/**
 * Opens `storyId` at `origin` (http://host:port) with the session `cookie`; resolves once the
 * document is synced. The socket says it comes from `origin`, as a page of that site would.
 */
export async function openPeer(
  origin: string,
  cookie: string,
  storyId: string,
  name: string,
  timeoutMs = 30_000,
): Promise<Peer> {
  class SignedInSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
      const send = this.send.bind(this) as (data: unknown) => void;
      this.send = ((data: unknown) => {
        sentMessages.count++;
        send(data);
      }) as WebSocket['send'];
    }
  }
  const sentMessages = { count: 0 };
  const document = new Y.Doc();
  const closes: Peer['closes'] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `${origin.replace('http', 'ws')}${COLLAB_PATH}`,
    WebSocketPolyfill: SignedInSocket,
  });
  let failed = '';
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: storyId,
    document,
    token: 'cookie', // the session is the cookie; Hocuspocus asks for a token all the same
    onAuthenticationFailed: ({ reason }) => (failed = `(refused: ${reason})`),
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
  });
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name}: not synced in ${timeoutMs} ms ${failed}`)),
      timeoutMs,
    );
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  provider.attach(); // a socket handed to the provider is attached by hand
  const peer: Peer = {
    name,
    document,
    provider,
    socket,
    closes,
    sentMessages,
    destroy() {
      provider.destroy();
      socket.destroy();
      document.destroy();
    },
  };
  try {
    await synced;
  } catch (error) {
    peer.destroy();
    throw error;
  }
  return peer;
}

/** The paragraph a typing peer writes in, and its text run (made when the paragraph is empty). */
function runOf(document: Y.Doc, paragraph: number): Y.XmlText {
  const block = document.getXmlFragment(BODY_FIELD).get(paragraph) as Y.XmlElement;
  let run = block.get(0) as Y.XmlText | undefined;
  if (!run) {
    run = new Y.XmlText();
    block.insert(0, [run]);
  }
  return run;
}

/**
 * One keystroke: `text` at the end of the peer's paragraph in one transaction (one update on the
 * wire, as a key in the editor makes), then the caret after it in the awareness state, as the
 * caret extension publishes it (relative positions, anchor and head).
 */
export function typeKey(peer: Peer, paragraph: number, text: string, caret = true) {
  const run = runOf(peer.document, paragraph);
  peer.document.transact(() => run.insert(run.length, text));
  if (!caret) return;
  const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, run.length));
  peer.provider.awareness?.setLocalStateField('cursor', { anchor: at, head: at });
}

/** Who the peer is, as the caret extension shows it beside the caret. */
export function announce(peer: Peer, displayName: string, color: string) {
  peer.provider.awareness?.setLocalStateField('user', { name: displayName, color });
}

/**
 * Notes, on `seen`, the time each marker first reaches `peer`'s document from elsewhere (its own
 * keystrokes are not deliveries). Returns a function that stops listening.
 */
export function observe(peer: Peer, seen: Map<string, number>) {
  const fragment = peer.document.getXmlFragment(BODY_FIELD);
  const listener = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.local) return;
    const at = now();
    for (const event of events) {
      for (const change of event.delta) {
        if (typeof change.insert !== 'string') continue;
        for (const found of change.insert.match(MARKERS) ?? []) {
          if (!seen.has(found)) seen.set(found, at);
        }
      }
    }
  };
  fragment.observeDeep(listener as (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void);
  return () =>
    fragment.unobserveDeep(listener as (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void);
}

/**
 * Every peer in `typists` types in its own paragraph (peer i in paragraph i) for `seconds`, a
 * key every `meanGapMs` on average (evenly spread between half and one and a half of it, so
 * that the peers do not keep step), moving its caret with each key unless `carets` is false.
 * Resolves with when each marker was sent.
 */
export async function typeFor(typists: Peer[], seconds: number, meanGapMs: number, carets = true) {
  const sent = new Map<string, number>();
  const round = ++rounds;
  const end = now() + seconds * 1_000;
  await Promise.all(
    typists.map(async (peer, index) => {
      for (let key = 0; now() < end; key++) {
        await new Promise((resolve) => setTimeout(resolve, meanGapMs * (0.5 + Math.random())));
        const typed = marker(round, index, key);
        sent.set(typed, now());
        typeKey(peer, index, `${typed} `, carets);
      }
    }),
  );
  return sent;
}

/** Waits for `test`, polling; fails with `what` after `ms`. */
export async function until(what: string, test: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Delivery times (ms) of the markers `sent` as `seen` by one observer; markers never seen are
 * counted as lost.
 */
export function deliveries(sent: Map<string, number>, seen: Map<string, number>) {
  const times: number[] = [];
  let lost = 0;
  for (const [key, at] of sent) {
    const arrived = seen.get(key);
    if (arrived === undefined) lost++;
    else times.push(arrived - at);
  }
  return { times, lost };
}
