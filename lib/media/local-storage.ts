// Media stored as plain files under one folder (DATA_DIR/media): the driver for a single server
// and for development, with nothing to set up.
//
// A key maps to a file of the same relative path. A write goes to a temporary file beside the
// final one and is renamed into place, so a reader sees the old image or the new one, never half
// of one. Temporary names contain `~`, which no key may, so they can never collide with an object
// and `list` passes over them. The content type is not stored: it follows from the extension,
// which the app always chooses to match the bytes.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isValidKey, validateKey, validatePrefix } from './keys';
import type { MediaStorage } from './types';

const CONTENT_TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
};

/** The content type a key's extension stands for. */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[path.extname(key)] ?? 'application/octet-stream';
}

export class LocalStorage implements MediaStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, body: Buffer, _contentType: string): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.~${randomBytes(6).toString('hex')}`;
    try {
      await writeDurably(temp, body);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<{ body: Buffer; contentType: string } | null> {
    try {
      const body = await fs.readFile(this.fileOf(key));
      return { body, contentType: contentTypeOf(key) };
    } catch (error) {
      // A folder, or a path through a file, is no object either, as in a bucket.
      if (hasCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await fs.unlink(this.fileOf(key));
    } catch (error) {
      if (!hasCode(error, 'ENOENT', 'ENOTDIR')) throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    validatePrefix(prefix);
    // A prefix may end inside a name (`renditions/ab`), as in a bucket: walk the folder it ends
    // in and keep the keys that start with it.
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const keys = await filesUnder(path.join(this.root, folder), folder);
    return keys.filter((key) => key.startsWith(prefix) && isValidKey(key)).sort();
  }

  private fileOf(key: string): string {
    const file = path.join(this.root, ...validateKey(key).split('/'));
    // The key rule already keeps keys inside the root; this guards the rule itself.
    if (!file.startsWith(this.root + path.sep)) {
      throw new Error(`Media storage key ${JSON.stringify(key)} leaves the media folder.`);
    }
    return file;
  }
}

/** Writes and flushes `file`, so a crash after the rename cannot leave an empty image behind. */
async function writeDurably(file: string, body: Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(body);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Relative keys (joined with `/`) of the files under `folder`; none when it does not exist. */
async function filesUnder(folder: string, keyPrefix: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return [];
    throw error;
  }
  const keys: string[] = [];
  for (const entry of entries) {
    const key = keyPrefix + entry.name;
    if (entry.isDirectory()) {
      keys.push(...(await filesUnder(path.join(folder, entry.name), `${key}/`)));
    } else if (entry.isFile()) {
      keys.push(key);
    }
  }
  return keys;
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code !== undefined && codes.includes(code);
}
