import type { UploadState } from './use-image-uploads';

/** What the upload is doing: shown while images are on their way, and when one was refused. */
export function UploadStatus({ state }: { state: UploadState }) {
  return (
    <div aria-live="polite" className="px-3 text-sm">
      {state.pending > 0 ? (
        <p role="status" className="text-muted">
          Uploading {state.pending === 1 ? 'an image' : `${state.pending} images`}…
        </p>
      ) : null}
      {state.error ? (
        <p role="alert" className="font-semibold text-accent">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
