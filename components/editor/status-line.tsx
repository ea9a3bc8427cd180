import type { AutosaveStatus } from '@/lib/autosave';
import type { EditorState } from '@/lib/services/stories';
import type { SharedBodyState } from './shared-body';

export interface StatusText {
  text: string;
  /** Something needs the person's attention (shown stronger). */
  alarm: boolean;
}

const clock = (at: string) =>
  new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * What the status line says, out of the metadata's autosave and the shared body (null until the
 * body is bound). "Saved" means the server has acknowledged every change: the body's through the
 * shared document, the metadata's through its save.
 */
export function statusText(
  meta: AutosaveStatus<EditorState>,
  body: SharedBodyState | null,
): StatusText {
  if (meta.kind === 'conflict') return { text: 'Conflict — choose a version', alarm: true };
  if (meta.kind === 'signed_out' || body?.signedOut)
    return { text: 'Signed out — kept on this device', alarm: true };
  if (meta.kind === 'invalid') return { text: `Not saved: ${meta.message}`, alarm: true };
  if (body?.refused) return { text: `Not saved: ${body.refused}`, alarm: true };

  const metaPending = meta.kind === 'dirty' || meta.kind === 'saving' || meta.kind === 'offline';
  if (body && !(body.connection === 'connected' && body.synced)) {
    if (body.pending || body.unsynced > 0 || metaPending)
      return { text: 'Offline — kept on this device', alarm: true };
    return { text: body.ready ? 'Reconnecting…' : 'Connecting…', alarm: false };
  }
  if (meta.kind === 'offline') return { text: 'Offline — kept on this device', alarm: true };
  if (meta.kind === 'saving' || (body && (body.pending || body.unsynced > 0)))
    return { text: 'Saving…', alarm: false };
  if (meta.kind === 'dirty') return { text: 'Unsaved changes', alarm: false };
  const times = [meta.kind === 'saved' ? meta.savedAt : null, body?.savedAt ?? null].filter(
    (at): at is string => at !== null,
  );
  if (times.length === 0) return { text: 'All changes saved', alarm: false };
  const latest = times.reduce((a, b) => (Date.parse(a) > Date.parse(b) ? a : b));
  return { text: `Saved at ${clock(latest)}`, alarm: false };
}

/** Where the story's saving stands, announced as it changes. */
export function StatusLine({ status }: { status: StatusText }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${status.alarm ? 'font-semibold text-accent' : 'text-muted'}`}
    >
      {status.text}
    </p>
  );
}
