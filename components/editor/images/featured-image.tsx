'use client';
import { useEffect, useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import type { MediaItem } from '@/lib/services/media';
import { ACCEPTED_IMAGES, fetchImage, searchImages, uploadImage } from './media-client';

const buttonClass =
  'rounded border border-rule px-2 py-1 text-xs font-semibold disabled:opacity-40';

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
    void fetchImage(mediaId).then((found) => live && setItem(found));
    return () => {
      live = false;
    };
  }, [mediaId]);

  useEffect(() => {
    if (!choosing) return;
    let live = true;
    // Typing settles before the library is asked.
    const timer = setTimeout(() => {
      void searchImages(query, 12).then((found) => live && setResults(found));
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
          className={buttonClass}
        >
          {busy ? 'Uploading…' : 'Upload'}
        </button>
        <button
          type="button"
          disabled={disabled}
          aria-expanded={choosing}
          onClick={() => setChoosing(!choosing)}
          className={buttonClass}
        >
          Choose from library
        </button>
        {mediaId ? (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange(null)}
            className={buttonClass}
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
        <LibraryPicker
          query={query}
          onQuery={setQuery}
          results={results}
          onPick={(picked) => {
            setItem(picked);
            onChange(picked.id);
            setChoosing(false);
          }}
        />
      ) : null}
    </fieldset>
  );
}

/** A search of the library, its results as buttons that pick an image. */
function LibraryPicker({
  query,
  onQuery,
  results,
  onPick,
}: {
  query: string;
  onQuery(query: string): void;
  results: MediaItem[] | null;
  onPick(item: MediaItem): void;
}) {
  return (
    <div className="space-y-2">
      <Field
        label="Search the library"
        id="featured-search"
        type="search"
        small
        value={query}
        onChange={(event) => onQuery(event.target.value)}
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
                onClick={() => onPick(result)}
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
  );
}
