// Unsaved metadata kept in the browser until the server acknowledges it, so a crash, a closed tab
// or a lost connection loses nothing. One entry per story. (The body is kept on the device by the
// shared document's IndexedDB copy, ./shared-body.ts.)
import type { StoryBody } from '@/lib/story-body';
import type { EditableMeta } from './metadata-panel';

export interface EditorSnapshot {
  meta: EditableMeta;
  /** Only in copies kept before the body was shared; never restored over the shared body. */
  body?: StoryBody;
}

export interface LocalDraft {
  baseVersion: number;
  snapshot: EditorSnapshot;
  at: string;
  /** The id the text was (or will be) sent with; the server knows it once it has it. */
  saveId: string;
}

const key = (storyId: string) => `dateline:unsaved:${storyId}`;

export function readLocalDraft(storyId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(storyId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function localDraftStore(storyId: string) {
  return {
    write(draft: LocalDraft) {
      try {
        window.localStorage.setItem(key(storyId), JSON.stringify(draft));
      } catch {
        // Storage full or refused: the server copy is then the only one.
      }
    },
    clear() {
      window.localStorage.removeItem(key(storyId));
    },
  };
}
