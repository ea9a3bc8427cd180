// The editor's calls to app/api/stories/[id]: a save of the metadata (the body travels through
// the shared document; 409 with the current copy when the metadata moved since `baseMeta`) and a
// fresh read. Failures of the network are `offline`, which the autosave engine retries; a 401 is
// `signed_out`, which waits for the person to sign in again.
import type { SaveOutcome } from '@/lib/autosave';
import type { EditorState } from '@/lib/services/stories';
import type { EditableMeta } from './metadata-panel';
import type { EditorSnapshot } from './local-draft';

/** The metadata the editor edits, out of a loaded story's. */
export function editableMeta(meta: EditorState['meta']): EditableMeta {
  const { headline, standfirst, dateline, slug, sectionId, priority, authorIds, tagIds } = meta;
  const featuredMediaId = meta.featuredMediaId ?? null;
  return {
    headline,
    standfirst,
    dateline,
    slug,
    sectionId,
    priority,
    authorIds,
    tagIds,
    featuredMediaId,
  };
}

export async function sendSave(
  storyId: string,
  snapshot: EditorSnapshot,
  baseVersion: number,
  saveId: string,
  /** The metadata the server had from this editor last: the save is checked against it. */
  baseMeta: EditableMeta,
  keepalive = false,
): Promise<SaveOutcome<EditorState>> {
  let response: Response;
  try {
    response = await fetch(`/api/stories/${storyId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      // No body: the server keeps the body the shared document stored (a metadata-only save).
      body: JSON.stringify({ baseVersion, saveId, meta: snapshot.meta, baseMeta }),
      keepalive,
    });
  } catch {
    return { kind: 'offline' };
  }
  const payload = await response.json().catch(() => null);
  if (response.ok) return { kind: 'saved', version: payload.version, savedAt: payload.savedAt };
  // The session ended (idle, too old, signed out elsewhere): the editor asks to sign in again.
  if (response.status === 401) return { kind: 'signed_out' };
  if (response.status === 409 && payload?.current) {
    return { kind: 'conflict', current: payload.current as EditorState };
  }
  if (response.status >= 500 || !payload) return { kind: 'offline' };
  return { kind: 'invalid', message: payload.error?.message ?? 'The server refused the save.' };
}

/** The story as the server has it now; null when it cannot be read. */
export async function loadStory(storyId: string): Promise<EditorState | null> {
  const response = await fetch(`/api/stories/${storyId}`).catch(() => null);
  if (!response?.ok) return null;
  return (await response.json()) as EditorState;
}

/**
 * The editor's metadata saves, each checked against the metadata the server last had from this
 * editor (its `baseMeta`), which it follows as saves land and conflicts are settled.
 */
export function metadataSaves(storyId: string, loaded: EditableMeta) {
  let base = loaded;
  return {
    async send(snapshot: EditorSnapshot, baseVersion: number, saveId: string, keepalive = false) {
      const outcome = await sendSave(storyId, snapshot, baseVersion, saveId, base, keepalive);
      if (outcome.kind === 'saved') base = snapshot.meta;
      return outcome;
    },
    /** The server's metadata is now `meta` (after a conflict, or a fresh read). */
    builtOn(meta: EditableMeta) {
      base = meta;
    },
  };
}
