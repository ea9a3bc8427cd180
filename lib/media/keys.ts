// The storage key rule both drivers enforce. Keys are made by the app (`originals/<hash>.jpg`,
// `renditions/<hash>-960.webp`), never typed by a user, so the rule is strict rather than clever:
// `/`-separated parts of lower-case letters, digits and `._-`, each starting with a letter or
// digit, and no `..` anywhere. One rule for both drivers means a key that works on a laptop
// (files under DATA_DIR) works the same in production (a bucket), and no key can leave the media
// folder.

// Far below both a file name's 255 bytes per folder level and S3's 1,024 bytes per key.
const MAX_KEY_LENGTH = 512;
// Each part starts with a letter or digit: no `.` or `..` part, which a folder would resolve but a
// bucket would keep as written, and no hidden files.
const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Whether `key` follows the key rule; used to skip stray files and objects when listing. */
export function isValidKey(key: string): boolean {
  // The pattern already refuses a leading `/`, empty parts, `\`, NUL and capitals.
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key) && !key.includes('..');
}

/** `key` itself when it follows the key rule; throws otherwise (a bug in the caller, not input). */
export function validateKey(key: string): string {
  if (!isValidKey(key)) {
    throw new Error(`Invalid media storage key ${JSON.stringify(key)}.`);
  }
  return key;
}

/** A prefix for `list`: empty, or a key's beginning, such as `renditions/` or `renditions/ab`. */
export function validatePrefix(prefix: string): string {
  if (prefix !== '') validateKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
  return prefix;
}
