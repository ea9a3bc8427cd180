// A cached page as one Redis value: the length of a JSON head (4 bytes, big-endian), the head
// (status, headers, ETag and the versions of the page's tags when it was rendered), then the body
// as it was kept in memory. One value, so a page and its versions are always read together.
import type { CachedPage } from './memory';

export interface SharedEntry {
  page: Omit<CachedPage, 'tags' | 'gzipped'>;
  /** For each tag of the page, the version it had before the render began. */
  versions: Record<string, string>;
}

interface Head {
  status: number;
  headers: [string, string][];
  etag: string;
  versions: Record<string, string>;
}

export function encodeEntry(page: CachedPage, versions: Record<string, string>): Buffer {
  const head: Head = { status: page.status, headers: page.headers, etag: page.etag, versions };
  const json = Buffer.from(JSON.stringify(head));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.byteLength);
  return Buffer.concat([length, json, page.body]);
}

/** The entry in `value`, or null for anything else (another format, a truncated value). */
export function decodeEntry(value: Buffer): SharedEntry | null {
  try {
    const length = value.readUInt32BE(0);
    if (4 + length > value.byteLength) return null;
    const head = JSON.parse(value.subarray(4, 4 + length).toString()) as Head;
    if (typeof head.status !== 'number' || typeof head.etag !== 'string') return null;
    if (!Array.isArray(head.headers) || typeof head.versions !== 'object' || !head.versions) {
      return null;
    }
    // A copy: the reply's buffer may be a slice of a larger one that must not stay alive.
    const body = new Uint8Array(value.subarray(4 + length));
    return {
      page: { status: head.status, headers: head.headers, etag: head.etag, body },
      versions: head.versions,
    };
  } catch {
    return null;
  }
}
