// A co-editing client for the system tests, as the desk's editor is one: a Yjs document bound to a
// story over /api/collab with the Hocuspocus provider, signed in with the desk's session cookie
// and sent from the site's own origin (ARCHITECTURE.md, "Co-editing").
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { BODY_FIELD, COLLAB_PATH } from '@/lib/collab/limits';

export interface CollabClient {
  provider: HocuspocusProvider;
  document: Y.Doc;
  events: { synced: boolean; denied: string; closes: { code: number; reason: string }[] };
  /** The body's text, one line per block. */
  text(): string;
  /** Every change this client made has been acknowledged by the server. */
  acknowledged(): boolean;
  /** Types `text` at the end of the first paragraph, as keystrokes in the editor would. */
  type(text: string): void;
  /** Other people's awareness states (name, caret) as this client sees them. */
  others(): Record<string, unknown>[];
  close(): void;
}

export function connectCollab(
  origin: string,
  cookie: string,
  storyId: string,
  user?: { name: string },
): CollabClient {
  class SignedInSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  }
  const document = new Y.Doc();
  const events: CollabClient['events'] = { synced: false, denied: '', closes: [] };
  const socket = new HocuspocusProviderWebsocket({
    url: `${origin.replace('http', 'ws')}${COLLAB_PATH}`,
    WebSocketPolyfill: SignedInSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: storyId,
    document,
    token: 'cookie',
    onSynced: () => (events.synced = true),
    onAuthenticationFailed: ({ reason }) => (events.denied = reason),
    onClose: ({ event }) => events.closes.push({ code: event.code, reason: event.reason }),
  });
  provider.attach(); // a socket given to the provider is attached by hand
  if (user) provider.setAwarenessField('user', user);
  return {
    provider,
    document,
    events,
    text: () => textOf(document),
    acknowledged: () => events.synced && provider.unsyncedChanges === 0,
    type(text) {
      document.transact(() => {
        const paragraph = document.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
        let run = paragraph.get(0) as Y.XmlText | undefined;
        if (!run) {
          run = new Y.XmlText();
          paragraph.insert(0, [run]);
        }
        run.insert(run.length, text);
      });
    },
    others() {
      const own = provider.awareness?.clientID;
      return [...(provider.awareness?.getStates() ?? new Map()).entries()]
        .filter(([id]) => id !== own)
        .map(([, state]) => state);
    },
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export function textOf(document: Y.Doc): string {
  return document
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .map((block) => (block instanceof Y.XmlElement ? block.toArray().join('') : ''))
    .join('\n');
}
