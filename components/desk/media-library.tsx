'use client';
// The media library's controls: uploading with a description, editing alt text, caption and
// credit, and deleting (an image in use is deleted only after the desk has seen where it is used).
import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { ACCEPTED_IMAGES } from '@/components/editor/images/media-client';
import { Field } from '@/components/ui/field';
import type { MediaItem } from '@/lib/services/media';
import type { MediaUse } from '@/lib/services/media-usage';
import { IMAGE_TEXT_MAX } from '@/lib/validation/limits';

/** An image's description, field by field, as the library edits it. */
const DESCRIPTION_FIELDS = [
  ['alt', 'Alt text'],
  ['caption', 'Caption'],
  ['credit', 'Credit'],
] as const;

type Message = { kind: 'ok' | 'error'; text: string } | null;

async function errorText(response: Response): Promise<string> {
  const payload = (await response.json().catch(() => null)) as {
    error?: { message: string };
  } | null;
  return payload?.error?.message ?? `The request failed (${response.status}).`;
}

function Feedback({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'font-semibold text-accent' : 'text-muted'}
    >
      {message.text}
    </p>
  );
}

export function UploadForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch('/api/media', {
        method: 'POST',
        body: new FormData(event.currentTarget),
      });
      if (!response.ok) {
        setMessage({ kind: 'error', text: await errorText(response) });
        return;
      }
      const { existing } = (await response.json()) as { existing: boolean };
      setMessage({
        kind: 'ok',
        text: existing ? 'This image was already in the library.' : 'Image uploaded.',
      });
      form.current?.reset();
      router.refresh();
    } catch {
      setMessage({ kind: 'error', text: 'The upload did not reach the server; try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      onSubmit={(event) => void submit(event)}
      aria-labelledby="upload-heading"
      className="grid max-w-3xl gap-3 rounded border border-rule p-4 sm:grid-cols-2"
    >
      <h2 id="upload-heading" className="font-semibold sm:col-span-2">
        Upload an image
      </h2>
      <Field
        label="Image file"
        id="upload-file"
        type="file"
        name="file"
        accept={ACCEPTED_IMAGES}
        required
        hint="JPEG, PNG, WebP, AVIF or GIF, up to 25 MB. Location data is removed."
        frameClassName="sm:col-span-2"
      />
      <Field
        label="Alt text"
        id="upload-alt"
        name="alt"
        maxLength={IMAGE_TEXT_MAX.alt}
        frameClassName="sm:col-span-2"
      />
      <Field
        label="Caption"
        id="upload-caption"
        name="caption"
        maxLength={IMAGE_TEXT_MAX.caption}
      />
      <Field label="Credit" id="upload-credit" name="credit" maxLength={IMAGE_TEXT_MAX.credit} />
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-ink px-3 py-1.5 font-semibold text-paper disabled:opacity-50"
        >
          {busy ? 'Uploading…' : 'Upload'}
        </button>
        <Feedback message={message} />
      </div>
    </form>
  );
}

/** Where an image is used: the stories this user may open, and how many others. */
type Usage = { usedIn: MediaUse[]; usedElsewhere: number };

export function MediaLibrary({
  items,
  canDelete,
}: {
  items: (MediaItem & Usage)[];
  canDelete: boolean;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map((item) => (
        <MediaCard key={item.id} item={item} canDelete={canDelete} />
      ))}
    </ul>
  );
}

function MediaCard({ item, canDelete }: { item: MediaItem & Usage; canDelete: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const name = item.alt || 'Image without alt text';

  const save = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/media/${item.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        alt: data.get('alt'),
        caption: data.get('caption'),
        credit: data.get('credit'),
      }),
    }).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      setMessage({ kind: 'error', text: response ? await errorText(response) : 'Not saved.' });
      return;
    }
    setMessage({ kind: 'ok', text: 'Saved.' });
    router.refresh();
  };

  const remove = async (confirmed: boolean) => {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/media/${item.id}${confirmed ? '?confirm=1' : ''}`, {
      method: 'DELETE',
    }).catch(() => null);
    setBusy(false);
    if (response?.status === 409) {
      setConfirming(true);
      setMessage({ kind: 'error', text: await errorText(response) });
      return;
    }
    if (!response?.ok) {
      setMessage({ kind: 'error', text: response ? await errorText(response) : 'Not deleted.' });
      return;
    }
    router.refresh();
  };

  return (
    <li aria-label={name} className="flex gap-3 rounded border border-rule p-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- a rendition made at upload */}
      <img
        src={item.src}
        alt=""
        width={160}
        height={Math.round((160 * item.height) / item.width)}
        className="h-auto w-32 shrink-0 self-start rounded border border-rule sm:w-40"
      />
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-xs text-muted">
          {item.width} × {item.height} · {item.uploadedBy ?? 'former staff'} ·{' '}
          {new Date(item.createdAt).toLocaleDateString()}
        </p>
        <form onSubmit={(event) => void save(event)} className="space-y-2">
          {DESCRIPTION_FIELDS.map(([name, label]) => (
            <Field
              key={name}
              label={label}
              id={`${name}-${item.id}`}
              name={name}
              defaultValue={item[name]}
              maxLength={IMAGE_TEXT_MAX[name]}
              small
            />
          ))}
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="submit"
              disabled={busy}
              className="rounded border border-rule px-2 py-1 font-semibold disabled:opacity-50"
            >
              Save description
            </button>
            {canDelete ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => void remove(confirming)}
                className="rounded border border-accent px-2 py-1 font-semibold text-accent disabled:opacity-50"
              >
                {confirming ? 'Delete anyway' : 'Delete'}
              </button>
            ) : null}
          </div>
        </form>
        <Feedback message={message} />
        <div className="text-xs">
          {item.usedIn.length === 0 && item.usedElsewhere === 0 ? (
            <p className="text-muted">Not used in any story.</p>
          ) : item.usedIn.length === 0 ? (
            <p className="text-muted">Used in {storiesOfOthers(item.usedElsewhere)}.</p>
          ) : (
            <>
              <p className="font-medium">Used in</p>
              <ul className="list-disc pl-4">
                {item.usedIn.map((use) => (
                  <li key={use.id}>
                    <a href={`/desk/stories/${use.id}`} className="underline">
                      {use.headline || 'Untitled'}
                    </a>{' '}
                    <span className="text-muted">({use.state.replace('_', ' ')})</span>
                  </li>
                ))}
              </ul>
              {item.usedElsewhere > 0 ? (
                <p className="text-muted">Also in {storiesOfOthers(item.usedElsewhere)}.</p>
              ) : null}
            </>
          )}
        </div>
      </div>
    </li>
  );
}

/** Stories that use an image but that this user may not open: counted, never named. */
function storiesOfOthers(count: number): string {
  const stories = count === 1 ? 'story' : 'stories';
  return `${count} ${stories} by colleagues`;
}
