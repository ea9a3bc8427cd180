// "A server restart or a SIGKILL mid-typing loses no acknowledged edit" (ARCHITECTURE.md,
// "Co-editing"): one real instance on PostgreSQL, an editor typing through the co-editing
// endpoint, the instance killed right after the last acknowledgement (before its store), started
// again; every acknowledged edit is in the shared document and, once stored, in the working
// revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { collabUpdates, revisions, stories } from '@/db/schema';
import { bodyToPlainText } from '@/lib/story-body';
import { fileDemoStories, type FiledStory } from '@/test/support/newsroom';
import {
  DEMO_PASSWORD,
  EDITOR,
  seededDatabase,
  startInstance,
  type Instance,
  type SeededDatabase,
} from './instances';
import { signInOverHttp, until } from './client';
import { connectCollab, type CollabClient } from './collab-client';

const APP_PORT = 3631;

describe.skipIf(!process.env.TEST_DATABASE_URL)('co-editing across a crash', () => {
  let database: SeededDatabase;
  let app: Instance;
  let cookie: string;
  let story: FiledStory;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    database = await seededDatabase();
    story = (await fileDemoStories(database.handle.db, 1, 'Crash Dispatch'))[0]!;
    app = await startInstance({ name: 'collab', port: APP_PORT, databaseUrl: database.url });
    cookie = await signInOverHttp(app.origin, EDITOR, DEMO_PASSWORD);
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await app?.stop();
    await database?.drop();
  });

  async function workingText() {
    const [row] = await database.handle.db
      .select({ body: revisions.body })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .where(eq(stories.id, story.id));
    return bodyToPlainText(row!.body);
  }

  const pendingUpdates = async () =>
    (
      await database.handle.db
        .select({ seq: collabUpdates.seq })
        .from(collabUpdates)
        .where(eq(collabUpdates.storyId, story.id))
    ).length;

  it('keeps every acknowledged edit through a SIGKILL mid-typing', async () => {
    const writer = connectCollab(app.origin, cookie, story.id);
    clients.push(writer);
    await until('synced', () => writer.events.synced, { timeoutMs: 15_000 });
    expect(writer.text()).toBe('A short dispatch.');

    // Keystrokes, each its own message, as fast as a typist.
    const words = Array.from({ length: 40 }, (_, i) => ` word${i + 1}`);
    for (const word of words) {
      writer.type(word);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await until('every edit acknowledged', () => writer.acknowledged(), { timeoutMs: 15_000 });
    const acknowledged = writer.text();
    await app.kill();
    // Nothing more from this client: a reconnect would send its copy again and hide a loss.
    writer.close();
    // The crash came before the store: the last edits were only in collab_updates.
    expect(await pendingUpdates()).toBeGreaterThan(0);

    await app.restart();
    const reader = connectCollab(app.origin, cookie, story.id);
    clients.push(reader);
    await until('synced after the restart', () => reader.events.synced, { timeoutMs: 15_000 });
    expect(reader.text()).toBe(acknowledged);
    for (const word of words) expect(reader.text()).toContain(word);
    await until(
      'stored to the working revision',
      async () => (await workingText()) === acknowledged,
      {
        timeoutMs: 10_000,
      },
    );
    expect(await pendingUpdates()).toBe(0);
  });
});
