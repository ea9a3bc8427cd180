'use client';
// The line above the editor: whether the text is saved, who else is in the story, its length,
// and the preview of it as readers will see it.
import type { SharedUser } from './collaboration-caret';
import { Presence } from './presence';
import { StatusLine, type StatusText } from './status-line';

export function EditorBar({
  status,
  people,
  words,
  onPreview,
}: {
  status: StatusText;
  people: SharedUser[];
  words: number;
  onPreview: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <StatusLine status={status} />
      <Presence people={people} />
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
