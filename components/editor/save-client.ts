// The editor's calls to app/api/stories/[id]: a save (409 with the current copy when stale) and a
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
  keepalive = false,
): Promise<SaveOutcome<EditorState>> {
  let response: Response;
  try {
    response = await fetch(`/api/stories/${storyId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseVersion, saveId, meta: snapshot.meta, body: snapshot.body }),
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
