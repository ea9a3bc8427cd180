// Keeping a front cache (the nginx of deploy/) in step with this instance's page cache.
//
// nginx keeps a public page for the second that Cache-Control allows, and counts in whole
// seconds, so on its own a change reaches readers through it after up to two. When FRONT_URL
// names the front, every page this instance drops on an invalidation is asked of the front
// again with the X-Dateline-Refresh header, which makes nginx fetch it past its copy and keep
// the new one (proxy_cache_bypass in dateline.conf). The header gains anyone else nothing: the
// app answers it from its own page cache, as it would a miss.
//
// Every instance refreshes what it drops when it applies an invalidation, its own at once and
// the others' from the outbox, so a refresh that nginx sent to an instance that had not yet
// applied the change is sent again by that instance once it has. Only the most recently read
// pages are refreshed (FRONT_REFRESH_MAX, default 32); nginx lets the rest expire within its
// second.

const REFRESH_HEADER = 'x-dateline-refresh';
const PARALLEL = 4;
const TIMEOUT_MS = 5_000;

/**
 * Asks the front for each of `keys` (addresses as the page cache keys them, least recently
 * used first) past its cache. Never throws: a front that is down is reported once per batch.
 */
export async function refreshFront(
  keys: string[],
  front: string | undefined = process.env.FRONT_URL,
): Promise<void> {
  if (!front || keys.length === 0) return;
  const max = Number(process.env.FRONT_REFRESH_MAX) || 32;
  const queue = keys.slice(-max).reverse();
  const failures: string[] = [];
  const worker = async () => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      try {
        const response = await fetch(new URL(key, front), {
          headers: { [REFRESH_HEADER]: '1' },
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await response.arrayBuffer();
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failures.length > 0) {
    console.error(
      `dateline: front refresh failed for ${failures.length} page(s), first ${failures[0]}`,
    );
  }
}
