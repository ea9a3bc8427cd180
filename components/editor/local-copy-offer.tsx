import type { LocalDraft } from './local-draft';

/** Changes this device kept that never reached the server: restore them or let them go. */
export function LocalCopyOffer({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: LocalDraft;
  onRestore(): void;
  onDiscard(): void;
}) {
  return (
    <div role="alert" className="rounded border-2 border-accent p-3 text-sm">
      <p>
        This device has changes to this story that never reached the server (from{' '}
        {new Date(offer.at).toLocaleString()}).
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          onClick={onRestore}
          className="rounded bg-ink px-3 py-1 font-semibold text-paper"
        >
          Restore them
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded border border-rule px-3 py-1 font-semibold"
        >
          Discard them
        </button>
      </div>
    </div>
  );
}
