import type { AutosaveStatus } from '@/lib/autosave';
import type { EditorState } from '@/lib/services/stories';

/** Where the story's saving stands, announced as it changes. */
export function StatusLine({ status }: { status: AutosaveStatus<EditorState> }) {
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return 'All changes saved';
      case 'dirty':
        return 'Unsaved changes';
      case 'saving':
        return 'Saving…';
      case 'saved':
        return `Saved at ${new Date(status.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
      case 'offline':
        return 'Offline — kept on this device';
      case 'conflict':
        return 'Conflict — choose a version';
      case 'signed_out':
        return 'Signed out — kept on this device';
      case 'invalid':
        return `Not saved: ${status.message}`;
    }
  })();
  const alarm =
    status.kind === 'offline' ||
    status.kind === 'conflict' ||
    status.kind === 'signed_out' ||
    status.kind === 'invalid';
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${alarm ? 'font-semibold text-accent' : 'text-muted'}`}
    >
      {text}
    </p>
  );
}
