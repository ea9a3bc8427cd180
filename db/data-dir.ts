// In db/ because the embedded database is its first user, and db/ imports nothing above it.
import path from 'node:path';

/** Where the embedded database, generated secrets and local media live. Always absolute. */
export function dataDir(): string {
  // The ignore comment keeps Turbopack from tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data');
}
