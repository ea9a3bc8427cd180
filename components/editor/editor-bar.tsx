'use client';
// The line above the editor: whether the text is saved, who else has the story open, its length,
// and the preview of it as readers will see it.
import type { AutosaveStatus } from '@/lib/autosave';
import type { EditorState } from '@/lib/services/stories';
import { Presence } from './presence';
import { StatusLine } from './status-line';

export function EditorBar({
  status,
  storyId,
  words,
  onPreview,
}: {
  status: AutosaveStatus<EditorState>;
  storyId: string;
  words: number;
  onPreview: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <StatusLine status={status} />
      <Presence storyId={storyId} />
      <p className="text-sm text-muted" aria-live="off">
        {words} {words === 1 ? 'word' : 'words'}
      </p>
      <button
        type="button"
        onClick={onPreview}
        className="rounded border border-rule px-3 py-1 text-sm"
      >
        Preview
      </button>
    </div>
  );
}
