// The editor's calls to the media library's API (app/api/media): upload, look up, search.
import type { MediaItem } from '@/lib/services/media';

/** The types the library accepts (lib/media/sniff.ts decides from the bytes; this guides pickers). */
export const ACCEPTED_IMAGES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

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

/** One image of the library; null when it is gone or out of reach. */
export async function fetchImage(id: string): Promise<MediaItem | null> {
  const response = await fetch(`/api/media/${id}`);
  const payload = response.ok ? ((await response.json()) as { item: MediaItem }) : null;
  return payload?.item ?? null;
}

/** The library's images matching a query, at most `limit` of them. */
export async function searchImages(query: string, limit: number): Promise<MediaItem[]> {
  const response = await fetch(`/api/media?q=${encodeURIComponent(query)}`);
  const payload = response.ok ? ((await response.json()) as { items: MediaItem[] }) : { items: [] };
  return payload.items.slice(0, limit);
}
