'use client';
// Pictures in the editor: uploading (toolbar button, paste, drop), describing the selected one
// (alt text, caption, credit) and choosing the story's featured image. Uploads go to
// POST /api/media, which processes them into the library; the body keeps the library id.
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import type { MediaItem } from '@/lib/services/media';

export const ACCEPTED_IMAGES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

const inputClass =
  'mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm disabled:opacity-60';

/** Sends one file to the library; the server's own words on refusal. */
export async function uploadImage(file: File): Promise<MediaItem> {
  const form = new FormData();
  form.set('file', file);
  let response: Response;
  try {
    response = await fetch('/api/media', { method: 'POST', body: form });
  } catch {
    throw new Error('The upload did not reach the server; check the connection and try again.');
  }
  const payload = (await response.json().catch(() => null)) as {
    item?: MediaItem;
    error?: { message: string };
  } | null;
  if (!response.ok || !payload?.item) {
    throw new Error(payload?.error?.message ?? `The upload failed (${response.status}).`);
  }
  return payload.item;
}

export interface UploadState {
  pending: number;
  error: string | null;
}

/** Uploads files and inserts them as images at `position` (or the cursor), selecting the last. */
export function useImageUploads(editor: Editor | null) {
  const [state, setState] = useState<UploadState>({ pending: 0, error: null });
  const insert = async (files: File[], position?: number) => {
    if (!editor || files.length === 0) return;
    setState((s) => ({ pending: s.pending + files.length, error: null }));
    for (const file of files) {
      try {
        const item = await uploadImage(file);
        const at = position ?? editor.state.selection.to;
        editor
          .chain()
          .focus()
          .insertContentAt(at, {
            type: 'image',
            attrs: {
              src: item.src,
              alt: item.alt || null,
              mediaId: item.id,
              caption: item.caption || null,
              credit: item.credit || null,
            },
          })
          .run();
        // Select the new picture, so its details (alt text first) are at hand.
        const { doc } = editor.state;
        doc.descendants((node, pos) => {
          if (node.type.name === 'image' && node.attrs.mediaId === item.id) {
            editor.commands.setNodeSelection(pos);
          }
        });
        setState((s) => ({ ...s, pending: s.pending - 1 }));
      } catch (error) {
        setState((s) => ({ pending: s.pending - 1, error: (error as Error).message }));
      }
    }
  };
  return { state, insert };
}

/** The image files among those pasted or dropped. */
export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

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

/** Alt text, caption and credit of the picture selected in the body. */
export function ImageDetails({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { selection } = e.state;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') {
        return null;
      }
      const { alt, caption, credit, src } = selection.node.attrs as Record<string, string | null>;
      return { alt: alt ?? '', caption: caption ?? '', credit: credit ?? '', src: src ?? '' };
    },
  });
  const altField = useRef<HTMLTextAreaElement>(null);
  const src = selected?.src;
  useEffect(() => {
    // A picture just put in: ask for its description at once.
    if (src && !altField.current?.value) altField.current?.focus();
  }, [src]);
  if (!selected) return null;
  const set = (name: 'alt' | 'caption' | 'credit', value: string) =>
    editor.commands.updateAttributes('image', { [name]: value || null });
  const missingAlt = !selected.alt.trim();
  return (
    <fieldset className="space-y-3 rounded border border-rule p-3 text-sm">
      <legend className="px-1 font-semibold">Selected image</legend>
      <div>
        <label htmlFor="image-alt" className="block font-medium">
          Alt text
        </label>
        <textarea
          id="image-alt"
          ref={altField}
          rows={2}
          maxLength={300}
          disabled={disabled}
          value={selected.alt}
          onChange={(event) => set('alt', event.target.value.replace(/\n/g, ' '))}
          aria-describedby="image-alt-help"
          aria-invalid={missingAlt}
          className={inputClass}
        />
        <p
          id="image-alt-help"
          className={`mt-1 text-xs ${missingAlt ? 'text-accent' : 'text-muted'}`}
        >
          What the picture shows, for readers who cannot see it. Needed before the story goes to the
          desk.
        </p>
      </div>
      <div>
        <label htmlFor="image-caption" className="block font-medium">
          Caption
        </label>
        <textarea
          id="image-caption"
          rows={2}
          maxLength={1000}
          disabled={disabled}
          value={selected.caption}
          onChange={(event) => set('caption', event.target.value)}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="image-credit" className="block font-medium">
          Credit
        </label>
        <input
          id="image-credit"
          maxLength={200}
          disabled={disabled}
          value={selected.credit}
          onChange={(event) => set('credit', event.target.value)}
          className={inputClass}
        />
      </div>
    </fieldset>
  );
}

/** The story's featured image: upload one, pick one from the library, or remove it. */
export function FeaturedImage({
  mediaId,
  disabled,
  onChange,
}: {
  mediaId: string | null;
  disabled: boolean;
  onChange(mediaId: string | null): void;
}) {
  const [item, setItem] = useState<MediaItem | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<MediaItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!mediaId) return;
    let live = true;
    void fetch(`/api/media/${mediaId}`)
      .then((response) => (response.ok ? response.json() : null))
      .then((payload: { item: MediaItem } | null) => live && setItem(payload?.item ?? null));
    return () => {
      live = false;
    };
  }, [mediaId]);

  useEffect(() => {
    if (!choosing) return;
    let live = true;
    const timer = setTimeout(() => {
      void fetch(`/api/media?q=${encodeURIComponent(query)}`)
        .then((response) => (response.ok ? response.json() : { items: [] }))
        .then((payload: { items: MediaItem[] }) => live && setResults(payload.items.slice(0, 12)));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [choosing, query]);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadImage(file);
      setItem(uploaded);
      onChange(uploaded.id);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const shown = mediaId && item?.id === mediaId ? item : null;

  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">Featured image</legend>
      {shown ? (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- a desk preview of a rendition */}
          <img src={shown.src} alt={shown.alt} className="w-full rounded border border-rule" />
          <figcaption className="mt-1 text-xs text-muted">
            {shown.alt || 'No alt text yet: add it in the media library.'}
          </figcaption>
        </figure>
      ) : (
        <p className="text-xs text-muted">None: lists and shared links show no picture.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={disabled || busy}
          onClick={() => input.current?.click()}
          className="rounded border border-rule px-2 py-1 text-xs font-semibold disabled:opacity-40"
        >
          {busy ? 'Uploading…' : 'Upload'}
        </button>
        <button
          type="button"
          disabled={disabled}
          aria-expanded={choosing}
          onClick={() => setChoosing(!choosing)}
          className="rounded border border-rule px-2 py-1 text-xs font-semibold disabled:opacity-40"
        >
          Choose from library
        </button>
        {mediaId ? (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange(null)}
            className="rounded border border-rule px-2 py-1 text-xs font-semibold disabled:opacity-40"
          >
            Remove
          </button>
        ) : null}
      </div>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_IMAGES}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          void upload(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {error ? (
        <p role="alert" className="text-xs font-semibold text-accent">
          {error}
        </p>
      ) : null}
      {choosing ? (
        <div className="space-y-2">
          <label htmlFor="featured-search" className="block text-xs font-medium">
            Search the library
          </label>
          <input
            id="featured-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={inputClass}
          />
          {results === null ? (
            <p role="status" className="text-xs text-muted">
              Loading…
            </p>
          ) : results.length === 0 ? (
            <p className="text-xs text-muted">No images found.</p>
          ) : (
            <ul className="grid grid-cols-3 gap-1">
              {results.map((result) => (
                <li key={result.id}>
                  <button
                    type="button"
                    onClick={() => {
                      setItem(result);
                      onChange(result.id);
                      setChoosing(false);
                    }}
                    aria-label={`Use ${result.alt || 'untitled image'}`}
                    className="block w-full rounded border border-rule hover:border-ink"
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- a desk preview */}
                    <img src={result.src} alt="" className="aspect-square w-full object-cover" />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
