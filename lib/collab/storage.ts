// Where a story's shared document is kept (ARCHITECTURE.md, "Co-editing"): the stored state in
// collab_documents, the changes accepted since in collab_updates, and the working revision written
// through the ordinary save, credited to everyone who changed it. lib/collab/server.ts calls these
// when Hocuspocus loads and stores a document.
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Document } from '@hocuspocus/server';
import type { Database } from '@/db';
import { collabDocuments, collabUpdates, revisions, stories, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { loadEditorState, saveStory } from '@/lib/services/stories';
import { bodyOfDocument, documentOfBody, foldBodyInto } from './document';
import { reject } from './limits';

/**
 * Fills a freshly loaded document: the stored state, with any save made without it since folded
 * in, then the changes accepted after the last store (a crash or a kill came before it), and
 * stores it at once when either happened; or, the first time, the working revision's body,
 * stored at once so that every instance starts from the same history.
 */
export async function loadInto(db: Database, storyId: string, document: Document) {
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
  Y.applyUpdate(document, new Uint8Array(row!.state));
  // The save made without the document is folded in first, the changes accepted after the last
  // store on top: they are concurrent with it, so both survive.
  const folded = row!.storyVersion !== story.version;
  if (folded) foldBodyInto(document, story.body);
  const pending = await db
    .select({ update: collabUpdates.update })
    .from(collabUpdates)
    .where(eq(collabUpdates.storyId, storyId))
    .orderBy(asc(collabUpdates.seq));
  for (const { update } of pending) Y.applyUpdate(document, new Uint8Array(update));
  if (folded || pending.length > 0) {
    // Not fatal: the changes stay in collab_updates and the next store takes them.
    await store(db, storyId, document, { force: true }).catch((error: unknown) =>
      console.error(error),
    );
  }
}

/**
 * Stores the document: the stored state, the changes accepted since (collab_updates, from every
 * instance) and what this instance holds, merged; the body written to the working revision
 * through the ordinary save, credited to everyone whose changes it folds in; then the state, over
 * the one it read only (another instance may store the same story), and those changes deleted.
 */
export async function store(
  db: Database,
  storyId: string,
  live: Y.Doc,
  { force = false }: { force?: boolean } = {},
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [row] = await db
      .select()
      .from(collabDocuments)
      .where(eq(collabDocuments.storyId, storyId));
    if (!row) return; // the story is gone
    const pending = await db
      .select({
        seq: collabUpdates.seq,
        update: collabUpdates.update,
        userId: collabUpdates.userId,
      })
      .from(collabUpdates)
      .where(eq(collabUpdates.storyId, storyId))
      .orderBy(asc(collabUpdates.seq));
    if (pending.length === 0 && !force) return; // stored already (here or by another instance)
    const merged = new Y.Doc();
    Y.applyUpdate(merged, new Uint8Array(row.state));
    for (const { update } of pending) Y.applyUpdate(merged, new Uint8Array(update));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(live));
    const state = Y.encodeStateAsUpdate(merged);
    const body = bodyOfDocument(merged);
    merged.destroy();
    const editorIds = [...new Set(pending.flatMap(({ userId }) => (userId ? [userId] : [])))];
    const version = await saveBody(db, storyId, body, editorIds);
    // Nobody who changed it may save it now (deactivated since, or the story filed): the changes
    // wait in collab_updates for the next store by someone who may.
    if (version === null) return;
    const written = await db
      .update(collabDocuments)
      .set({ state, storyVersion: version, generation: row.generation + 1, updatedAt: new Date() })
      .where(
        and(eq(collabDocuments.storyId, storyId), eq(collabDocuments.generation, row.generation)),
      )
      .returning({ storyId: collabDocuments.storyId });
    if (written.length === 0) continue; // another store came first: merge with what it wrote
    if (pending.length > 0) {
      await db.delete(collabUpdates).where(
        inArray(
          collabUpdates.seq,
          pending.map(({ seq }) => seq),
        ),
      );
    }
    return;
  }
  throw new Error(`The shared document of story ${storyId} could not be stored.`);
}

/**
 * Writes `body` as the working copy when it differs, through the ordinary save (coalesced per
 * person per five minutes, every editor credited): the first of `editorIds` who may edit the
 * story saves it. Answers the story's version after it, or null when none of them may. Without
 * editors (a save folded in at load), nothing is saved and the current version is answered.
 */
async function saveBody(
  db: Database,
  storyId: string,
  body: ReturnType<typeof bodyOfDocument>,
  editorIds: string[],
): Promise<number | null> {
  const people: Actor[] = editorIds.length
    ? await db
        .select({ id: users.id, role: users.role, active: users.active })
        .from(users)
        .where(and(inArray(users.id, editorIds), eq(users.active, true)))
    : [];
  people.sort((a, b) => editorIds.indexOf(a.id) - editorIds.indexOf(b.id));
  if (editorIds.length === 0) {
    const [story] = await db
      .select({ version: stories.version })
      .from(stories)
      .where(eq(stories.id, storyId));
    return story?.version ?? null;
  }
  for (const actor of people) {
    for (let attempt = 0; ; attempt += 1) {
      let editor;
      try {
        editor = await loadEditorState(db, actor, storyId);
      } catch (error) {
        if (error instanceof AppError) break; // out of their scope now: the next editor
        throw error;
      }
      if (!editor.canEdit) break;
      if (JSON.stringify(editor.body) === JSON.stringify(body)) return editor.version;
      try {
        const { version } = await saveStory(
          db,
          actor,
          storyId,
          { baseVersion: editor.version, meta: editor.meta, body },
          { editors: people.map(({ id }) => id) },
        );
        return version;
      } catch (error) {
        // A metadata save landed in between: read again and save on top of it.
        if (error instanceof AppError && error.code === 'conflict' && attempt < 3) continue;
        throw error;
      }
    }
  }
  return null;
}
