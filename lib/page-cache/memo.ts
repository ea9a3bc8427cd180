// A value every render needs and that rarely changes (the section menu of every public page),
// read once and kept until the page cache's tag for it is invalidated: by the same change, on
// every instance, that drops the pages showing it. A render that read it just before such a change
// began before the invalidation, so its page is not kept either (memory.ts).
import { pageCache } from './memory';

export function memoUntilInvalidated<T>(tag: string, load: () => Promise<T>): () => Promise<T> {
  let kept: { stamp: number; value: Promise<T> } | null = null;
  return () => {
    const stamp = pageCache().tagStamp(tag);
    if (kept?.stamp !== stamp) {
      const value = load();
      const entry = { stamp, value };
      kept = entry;
      // A failed read is not kept: the next render asks again.
      value.catch(() => {
        if (kept === entry) kept = null;
      });
    }
    return kept!.value;
  };
}
