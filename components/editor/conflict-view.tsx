'use client';
import type { EditorState } from '@/lib/services/stories';
import { formatDateTime } from '@/lib/dates';
import { wordDiff } from '@/lib/text-diff';
import { DiffText } from './diff-text';

interface Props {
  mine: string;
  current: EditorState;
  currentText: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** Both versions side by side after a refused save; nothing is overwritten until the user picks. */
export function ConflictView({ mine, current, currentText, onKeepMine, onTakeTheirs }: Props) {
  const parts = wordDiff(currentText, mine);
  return (
    <section
      aria-labelledby="conflict-heading"
      role="alertdialog"
      className="rounded border-2 border-accent bg-paper p-4"
    >
      <h2 id="conflict-heading" className="font-semibold text-accent">
        Someone else saved this story while you were editing
      </h2>
      <p className="mt-1 text-sm text-muted">
        Saved by {current.savedBy ?? 'someone'} at {formatDateTime(new Date(current.savedAt))}. Your
        text is kept on this device until you choose. You can also copy parts from either side.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">Your version</h3>
          <div
            aria-label="Your version"
            className="mt-1 max-h-96 overflow-y-auto rounded border border-rule p-2"
          >
            <DiffText parts={parts} show="after" />
          </div>
        </div>
        <div>
          <h3 className="text-sm font-semibold">Their version</h3>
          <div
            aria-label="Their version"
            className="mt-1 max-h-96 overflow-y-auto rounded border border-rule p-2"
          >
            <DiffText parts={parts} show="before" />
          </div>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper"
        >
          Keep mine (save it on top)
        </button>
        <button
          type="button"
          onClick={onTakeTheirs}
          className="rounded border border-rule px-3 py-1.5 text-sm font-semibold"
        >
          Take theirs (drop mine)
        </button>
      </div>
    </section>
  );
}
