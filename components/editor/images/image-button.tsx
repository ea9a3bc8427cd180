'use client';
import { useRef } from 'react';
import { ACCEPTED_IMAGES } from './media-client';
import { imageFiles } from './use-image-uploads';

/** The toolbar's "Image" button: picks files and hands them to `onFiles`. */
export function ImageButton({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles(files: File[]): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        aria-label="Insert image"
        title="Insert image (or paste or drop one)"
        onClick={() => input.current?.click()}
        className="min-w-8 rounded px-2 py-1 text-sm font-semibold hover:bg-rule/50 disabled:opacity-40"
      >
        Image
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_IMAGES}
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          onFiles(imageFiles(event.target.files));
          event.target.value = '';
        }}
      />
    </>
  );
}
