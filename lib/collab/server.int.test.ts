// The co-editing endpoint end to end: real Hocuspocus clients over a loopback HTTP server, the
// server of lib/collab/server.ts, and a database of each kind.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import type { Database } from '@/db';
import type { DatabaseHandle } from '@/db/open';
import {
  collabDocuments,
  collabUpdates,
  revisionEditors,
  revisions,
  stories,
  users,
} from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { bodyToPlainText } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { setActive } from '@/lib/services/users';
import {
  AWARENESS_BURST,
  BODY_FIELD,
  CLOSE,
  COLLAB_PATH,
  MAX_DOCUMENT_BYTES,
  MESSAGE_BURST,
} from './limits';
import { createCollabServer, type CollabServer } from './server';

process.env.AUTH_SECRET ??= 'a test secret that is long enough for the session key';

/** Waits for a condition, polling; fails with `what` after a while. */
async function until(what: string, test: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** While `held` is set, the server's writes of accepted changes wait for it. */
let held: Promise<void> | null = null;

/** The database, with inserts into collab_updates held back until `until` resolves. */
function heldWrites(db: Database, until: Promise<void>): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'insert') return Reflect.get(target, property, receiver);
      return (table: unknown) => {
        const insert = target.insert(table as typeof collabUpdates);
        if (table !== collabUpdates) return insert;
        return {
          values: (values: typeof collabUpdates.$inferInsert) =>
            until.then(() => insert.values(values)),
        };
      };
    },
  });
}

describe.each(testDatabaseKinds)('co-editing on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: http.Server;
  let collab: CollabServer;
  let origin: string;
  let author: Actor;
  let colleague: Actor;
  let editor: Actor;
  let admin: Actor;
  const providers: HocuspocusProvider[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    [author, colleague, editor, admin] = await Promise.all([
      createTestStaff(handle, 'correspondent'),
      createTestStaff(handle, 'correspondent'),
      createTestStaff(handle, 'editor'),
      createTestStaff(handle, 'admin'),
    ]);
    collab = createCollabServer({
      db: async () => (held ? heldWrites(handle.db, held) : handle.db),
      sessionRecheckMs: 200,
    });
    server = http.createServer((_request, response) => response.writeHead(404).end());
    server.on('upgrade', (request, socket, head) => {
      if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    for (const socket of sockets) socket.destroy();
    await collab.close();
    await new Promise((resolve) => server.close(resolve));
    await handle.close();
  });

  async function cookieOf(actor: Actor) {
    const [row] = await handle.db
      .select({ sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, actor.id));
    const salt = 'authjs.session-token';
    const token = await encode({
      token: { sub: actor.id, sv: row!.sv },
      secret: process.env.AUTH_SECRET!,
      salt,
    });
    return `${salt}=${token}`;
  }

  /** A client as the editor will be: a Yjs document bound to the story over the endpoint. */
  async function connect(actor: Actor, storyId: string, { from = origin } = {}) {
    const cookie = await cookieOf(actor);
    class SignedInSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin: from } });
      }
    }
    const document = new Y.Doc();
    const events = { synced: false, denied: '', closes: [] as { code: number; reason: string }[] };
    const socket = new HocuspocusProviderWebsocket({
      url: `${origin.replace('http', 'ws')}${COLLAB_PATH}`,
      WebSocketPolyfill: SignedInSocket,
    });
    sockets.push(socket);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: storyId,
      document,
      token: 'cookie',
      onSynced: () => (events.synced = true),
      onAuthenticationFailed: ({ reason }) => (events.denied = reason),
      onClose: ({ event }) => events.closes.push({ code: event.code, reason: event.reason }),
    });
    providers.push(provider);
    provider.attach(); // a socket given to the provider is attached by hand
    return { provider, document, events, text: () => textOf(document) };
  }

  const textOf = (document: Y.Doc) =>
    document
      .getXmlFragment(BODY_FIELD)
      .toArray()
      .map((block) => (block instanceof Y.XmlElement ? block.toArray().join('') : ''))
      .join('\n');

  /** Types into the first paragraph at `index`, as a keystroke in the editor would. */
  const typeInto = (document: Y.Doc, index: number, text: string) =>
    document.transact(() => {
      const paragraph = document.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
      let run = paragraph.get(0) as Y.XmlText | undefined;
      if (!run) {
        run = new Y.XmlText();
        paragraph.insert(0, [run]);
      }
      run.insert(Math.min(index, run.length), text);
    });

  async function storyWith(text: string, actor = author) {
    const { id } = await createStory(handle.db, actor, { headline: 'Harbour Strike Talks' });
    const state = await loadEditorState(handle.db, actor, id);
    await saveStory(handle.db, actor, id, {
      baseVersion: state.version,
      meta: state.meta,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    });
    return id;
  }

  async function workingText(storyId: string) {
    const [row] = await handle.db
      .select({ body: revisions.body })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .where(eq(stories.id, storyId));
    return bodyToPlainText(row!.body);
  }

  it('two people edit one story, converge, and the working revision holds both edits', async () => {
    const id = await storyWith('Talks resume.');
    const a = await connect(author, id);
    const b = await connect(editor, id);
    await until('both synced', () => a.events.synced && b.events.synced);
    expect(a.text()).toBe('Talks resume.');
    typeInto(a.document, 0, 'Dockers say: ');
    typeInto(b.document, 'Talks resume.'.length, ' Ministers wait.');
    await until('both see both edits', () => a.text() === b.text() && a.text().length > 30);
    expect(a.text()).toContain('Dockers say: ');
    expect(a.text()).toContain(' Ministers wait.');
    await until(
      'the working revision holds both',
      async () => (await workingText(id)) === a.text(),
    );
    const [story] = await handle.db.select().from(stories).where(eq(stories.id, id));
    const [working] = await handle.db
      .select()
      .from(revisions)
      .where(eq(revisions.id, story!.workingRevisionId!));
    expect([author.id, editor.id]).toContain(working!.authorId);

    // A late joiner gets the whole text.
    const late = await connect(editor, id);
    await until('the late joiner synced', () => late.events.synced);
    expect(late.text()).toBe(a.text());
  });

  it('keeps a revision per person for five minutes while they keep typing', async () => {
    const id = await storyWith('One.');
    const a = await connect(author, id);
    await until('synced', () => a.events.synced);
    const countRevisions = async () =>
      (await handle.db.select().from(revisions).where(eq(revisions.storyId, id))).length;
    const before = await countRevisions();
    typeInto(a.document, 4, ' Two.');
    await until('stored', async () => (await workingText(id)) === 'One. Two.');
    typeInto(a.document, 9, ' Three.');
    await until('stored again', async () => (await workingText(id)) === 'One. Two. Three.');
    expect(await countRevisions()).toBe(before); // folded into the author's own autosave
  });

  it('refuses a correspondent who opens a colleague’s story, and a foreign origin', async () => {
    const id = await storyWith('Not yours.');
    const intruder = await connect(colleague, id);
    await until('refused', () => intruder.events.denied !== '');
    expect(intruder.text()).toBe('');
    const crossSite = await connect(author, id, { from: 'https://elsewhere.example' });
    await until('closed', () => crossSite.events.closes.length > 0);
    expect(crossSite.events.synced).toBe(false);
  });

  it('refuses a change outside the story format, tells the sender and stores nothing', async () => {
    const id = await storyWith('Clean copy.');
    const a = await connect(author, id);
    const watcher = await connect(editor, id);
    await until('synced', () => a.events.synced && watcher.events.synced);
    const [before] = await handle.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, id));
    a.document.transact(() => {
      const script = new Y.XmlElement('script');
      script.insert(0, [new Y.XmlText('alert(1)')]);
      a.document.getXmlFragment(BODY_FIELD).insert(1, [script]);
    });
    await until('the sender is told', () =>
      a.events.closes.some(({ reason }) => reason === CLOSE.refusedUpdate.reason),
    );
    // Nobody else got it, and neither the document nor the working revision holds it.
    const watched = watcher.document.getXmlFragment(BODY_FIELD).toArray();
    expect(watched.map((node) => (node as Y.XmlElement).nodeName)).toEqual(['paragraph']);
    const loaded = collab.hocuspocus.documents.get(id)!;
    expect(loaded.getXmlFragment(BODY_FIELD).toString()).not.toContain('script');
    expect(await workingText(id)).toBe('Clean copy.');
    const [after] = await handle.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, id));
    expect(Buffer.from(after!.state).equals(Buffer.from(before!.state))).toBe(true);
  });

  it('lets a correspondent only read a story waiting for the desk', async () => {
    const id = await storyWith('Filed.');
    await handle.db.update(stories).set({ state: 'submitted' }).where(eq(stories.id, id));
    const a = await connect(author, id);
    await until('synced', () => a.events.synced);
    expect(a.provider.authorizedScope).toBe('readonly');
    typeInto(a.document, 0, 'Sneaky ');
    const e = await connect(editor, id);
    await until('editor synced', () => e.events.synced);
    expect(e.text()).toBe('Filed.');
  });

  it('acknowledges and passes on a change only once it is written', async () => {
    const id = await storyWith('Held.');
    const a = await connect(author, id);
    const watcher = await connect(editor, id);
    await until('synced', () => a.events.synced && watcher.events.synced);
    let release!: () => void;
    let written = false;
    held = new Promise<void>((resolve) => (release = resolve)).then(() => {
      written = true;
    });
    try {
      typeInto(a.document, 'Held.'.length, ' Written first.');
      // However long the write takes, neither the acknowledgement nor the others get ahead of it.
      const checks = Array.from({ length: 20 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 10));
        expect(a.provider.unsyncedChanges).toBeGreaterThan(0);
        expect(watcher.text()).toBe('Held.');
      });
      await Promise.all(checks);
      release();
      await until('acknowledged', () => a.provider.unsyncedChanges === 0);
      expect(written).toBe(true);
      await until('passed on', () => watcher.text() === 'Held. Written first.');
    } finally {
      release();
      held = null;
    }
  });

  it('closes the socket when a change cannot be written, and takes it once reconnected', async () => {
    const writer = await createTestStaff(handle, 'correspondent'); // sockets of their own
    const id = await storyWith('Outage.', writer);
    const a = await connect(writer, id);
    await until('synced', () => a.events.synced);
    held = Promise.reject(new Error('the database is away'));
    held.catch(() => {});
    try {
      typeInto(a.document, 'Outage.'.length, ' Kept.');
      await until('closed', () =>
        a.events.closes.some(({ code }) => code === CLOSE.notStored.code),
      );
    } finally {
      held = null;
    }
    // The provider reconnects by itself and sends the change again.
    await until('acknowledged', () => a.provider.unsyncedChanges === 0 && a.provider.isSynced);
    await until('stored', async () => (await workingText(id)) === 'Outage. Kept.');
  });

  it('writes each change before acknowledging it, and folds the written ones in at the next load', async () => {
    const id = await storyWith('Before.');
    const a = await connect(author, id);
    await until('synced', () => a.events.synced);
    typeInto(a.document, 'Before.'.length, ' Acknowledged.');
    await until('acknowledged', () => a.provider.unsyncedChanges === 0);
    // Stored in the end, and nothing left waiting (the written changes go once stored).
    const waiting = async () =>
      (await handle.db.select().from(collabUpdates).where(eq(collabUpdates.storyId, id))).length;
    await until('stored', async () => (await workingText(id)) === 'Before. Acknowledged.');
    await until('nothing left waiting', async () => (await waiting()) === 0);
    a.provider.destroy();
    await until('unloaded', () => !collab.hocuspocus.documents.has(id));

    // A change accepted just before a crash: written, never stored. The next load applies it and
    // stores it at once, credited to who sent it.
    const [row] = await handle.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, id));
    const crashed = new Y.Doc();
    Y.applyUpdate(crashed, new Uint8Array(row!.state));
    const before = Y.encodeStateVector(crashed);
    typeInto(crashed, 0, 'Late: ');
    await handle.db
      .insert(collabUpdates)
      .values({ storyId: id, update: Y.encodeStateAsUpdate(crashed, before), userId: editor.id });
    const b = await connect(author, id);
    await until('synced', () => b.events.synced);
    expect(b.text()).toBe('Late: Before. Acknowledged.');
    await until('stored', async () => (await workingText(id)) === 'Late: Before. Acknowledged.');
    await until('nothing left waiting', async () => (await waiting()) === 0);
    const [story] = await handle.db.select().from(stories).where(eq(stories.id, id));
    const credited = await handle.db
      .select({ userId: revisionEditors.userId })
      .from(revisionEditors)
      .where(eq(revisionEditors.revisionId, story!.workingRevisionId!));
    expect(credited.map(({ userId }) => userId)).toEqual([editor.id]);
  });

  it('credits everyone who typed, in one revision while they keep at it', async () => {
    const id = await storyWith('Shared.');
    const a = await connect(author, id);
    const e = await connect(editor, id);
    await until('synced', () => a.events.synced && e.events.synced);
    const revisionsOf = () => handle.db.select().from(revisions).where(eq(revisions.storyId, id));
    const before = (await revisionsOf()).length;
    typeInto(a.document, 0, 'One. ');
    typeInto(e.document, 0, 'Two. ');
    await until(
      'stored',
      async () => (await workingText(id)).length === 'One. Two. Shared.'.length,
    );
    const [story] = await handle.db.select().from(stories).where(eq(stories.id, id));
    const credited = await handle.db
      .select({ userId: revisionEditors.userId })
      .from(revisionEditors)
      .where(eq(revisionEditors.revisionId, story!.workingRevisionId!));
    expect(credited.map(({ userId }) => userId).sort()).toEqual([author.id, editor.id].sort());
    // Each of them again, in turn: the same revision, no new one per store.
    const afterFirst = (await revisionsOf()).length;
    expect(afterFirst).toBeLessThanOrEqual(before + 1);
    typeInto(e.document, 0, 'Three. ');
    await until('stored again', async () => (await workingText(id)).startsWith('Three. '));
    typeInto(a.document, 0, 'Four. ');
    await until('stored again', async () => (await workingText(id)).startsWith('Four. '));
    expect((await revisionsOf()).length).toBe(afterFirst);
  });

  it('refuses a change that would make the document larger than the limit', async () => {
    const writer = await createTestStaff(handle, 'correspondent'); // sockets of their own
    const id = await storyWith('Small.', writer);
    const a = await connect(writer, id);
    await until('synced', () => a.events.synced);
    // Outside the body (which the body limits of saves hold), only the document limit holds.
    const chunk = 'x'.repeat(900 * 1024);
    for (let sent = 0; sent <= MAX_DOCUMENT_BYTES / chunk.length + 1; sent += 1) {
      if (a.events.closes.length > 0) break;
      a.document.getText('elsewhere').insert(0, chunk);
      await until(
        'acknowledged or refused',
        () => a.provider.unsyncedChanges === 0 || a.events.closes.length > 0,
      );
    }
    await until('refused', () =>
      a.events.closes.some(({ reason }) => reason === CLOSE.tooLarge.reason),
    );
    a.provider.destroy();
    const [row] = await handle.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, id));
    await until('stored', async () => {
      const pending = await handle.db
        .select({ seq: collabUpdates.seq })
        .from(collabUpdates)
        .where(eq(collabUpdates.storyId, id));
      return pending.length === 0;
    });
    const [after] = await handle.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, id));
    expect(row).toBeDefined();
    expect(after!.state.byteLength).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
  });

  it('closes a story for a socket that sends faster than the limit', async () => {
    // Someone of their own: the earlier tests hold the others' sockets open, up to their limit.
    const hasty = await createTestStaff(handle, 'correspondent');
    const id = await storyWith('Steady.', hasty);
    const a = await connect(hasty, id);
    await until('synced', () => a.events.synced);
    // Carets have a larger allowance of their own: a burst of caret moves past the changes'
    // bucket is fine (a room of people whose carets move), one well past the carets' is not.
    for (let i = 0; i < MESSAGE_BURST * 1.5; i += 1) {
      a.provider.setAwarenessField('cursor', { anchor: i, head: i });
    }
    typeInto(a.document, 'Steady.'.length, ' Still typing.');
    await until('typed', () => {
      const held = collab.hocuspocus.documents.get(id);
      return held !== undefined && textOf(held) === 'Steady. Still typing.';
    });
    expect(a.events.closes).toEqual([]);
    for (let i = 0; i < AWARENESS_BURST * 2; i += 1) {
      a.provider.setAwarenessField('cursor', { anchor: i, head: i });
    }
    await until('refused', () =>
      a.events.closes.some(({ reason }) => reason === CLOSE.tooFast.reason),
    );
  });

  it('closes the connection of a user who is deactivated', async () => {
    const id = await storyWith('Still here.');
    const leaver = await createTestStaff(handle, 'editor');
    const c = await connect(leaver, id);
    await until('synced', () => c.events.synced);
    await setActive(handle.db, admin, { userId: leaver.id, active: false });
    await until('closed', () => c.events.closes.some(({ code }) => code === 4401), 2_000);
    // And it cannot come back: the reconnect is refused at the upgrade.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(collab.hocuspocus.documents.get(id)?.getConnectionsCount() ?? 0).toBe(0);
  });
});
