// What the system tests do over HTTP, as a reader, an editor and the editor's autosave would:
// fetch pages, take workflow steps, save a story; and polling for a condition with a limit
// (never a fixed sleep where a condition can be awaited).
import crypto from 'node:crypto';
import type { RevisionMeta } from '@/db/schema';
import { signInOverHttp } from '@/bench/lib/publish-visible';

export { signInOverHttp };

export interface Page {
  status: number;
  cache: string | null;
  text: string;
  ms: number;
}

/** A reader's request; `timeoutMs` bounds it so a hung server fails the test instead of hanging. */
export async function getPage(origin: string, path: string, timeoutMs = 10_000): Promise<Page> {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-dateline-cache'),
    text,
    ms: Math.round(performance.now() - started),
  };
}

export async function healthStatus(origin: string): Promise<number> {
  try {
    const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // not answering at all
  }
}

/**
 * Polls `check` until it holds; resolves with the milliseconds it took. Rejects after
 * `timeoutMs`, naming `what`, so a broken mechanism fails the test rather than hanging it.
 */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  { timeoutMs = 5_000, everyMs = 20 } = {},
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return Math.round(performance.now() - started);
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${what}: not within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** POST /api/stories/{id}/transitions as the signed-in editor, from `origin`'s own pages. */
export async function takeStep(
  origin: string,
  cookie: string,
  storyId: string,
  step: { transition: string; baseVersion: number; reason?: string },
): Promise<{ state: string; version: number; slug: string }> {
  const response = await fetch(`${origin}/api/stories/${storyId}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin },
    body: JSON.stringify(step),
    signal: AbortSignal.timeout(10_000),
  });
  const payload = await response.json();
  if (!response.ok) {
    throw new Error(`${step.transition}: ${response.status} ${JSON.stringify(payload)}`);
  }
  return payload;
}

/** The working copy as the editor loads it. */
export async function loadStory(origin: string, cookie: string, storyId: string) {
  const response = await fetch(`${origin}/api/stories/${storyId}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`load ${storyId}: ${response.status}`);
  return (await response.json()) as { version: number; meta: RevisionMeta };
}

/** A story body whose only paragraph carries a counter, so a stored copy says which save it is. */
export function counterBody(counter: number) {
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `Save number ${counter}.` }] }],
  };
}

/** The counter a stored body carries (see counterBody), or null when it carries none. */
export function counterOf(body: unknown): number | null {
  const match = /Save number (\d+)\./.exec(JSON.stringify(body));
  return match ? Number(match[1]) : null;
}

export type SaveAnswer =
  | { kind: 'saved'; version: number }
  /** No answer (connection refused or reset, timeout) or a 5xx: the editor retries. */
  | { kind: 'failed'; detail: string }
  /** A 4xx: the editor would stop and show it (a conflict, "sign in again"). */
  | { kind: 'refused'; status: number; detail: string };

/**
 * The editor's autosave against one story, as `lib/autosave.ts` does it: one save in flight, the
 * next text based on the version the last answer gave, a failed save retried with the same save
 * id (so a save that reached the database is not mistaken for a conflict with itself).
 */
export class AutosaveClient {
  counter = 0;
  /** The last save the server acknowledged: its counter and the version it answered. */
  acknowledged: { counter: number; version: number } | null = null;
  acknowledgements = 0;
  failures = 0;
  refusals: { status: number; detail: string }[] = [];
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(
    private origin: string,
    private cookie: string,
    private storyId: string,
    private meta: RevisionMeta,
    private version: number,
  ) {}

  /** Sends one save; no retry. */
  async save(counter: number, saveId: string): Promise<SaveAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.origin}/api/stories/${this.storyId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: this.cookie, origin: this.origin },
        body: JSON.stringify({
          baseVersion: this.version,
          saveId,
          meta: this.meta,
          body: counterBody(counter),
        }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      return { kind: 'failed', detail: (error as Error).message };
    }
    let text: string;
    let version: number | undefined;
    try {
      text = await response.text();
      if (response.ok) version = (JSON.parse(text) as { version: number }).version;
    } catch (error) {
      // The status came but the answer was cut off (the server died mid-response): no
      // acknowledgement, so the editor retries, as lib/autosave.ts does.
      return { kind: 'failed', detail: `${response.status}, answer cut off: ${error}` };
    }
    if (response.ok) {
      if (version === undefined)
        return { kind: 'failed', detail: `200 without a version: ${text}` };
      this.version = version;
      this.acknowledged = { counter, version };
      this.acknowledgements++;
      return { kind: 'saved', version };
    }
    if (response.status >= 500) return { kind: 'failed', detail: `${response.status} ${text}` };
    return { kind: 'refused', status: response.status, detail: text };
  }

  /** Saves counter after counter until stop(); a failure is retried after `retryMs`. */
  start(retryMs = 100): void {
    this.loop = (async () => {
      while (!this.stopped) {
        const counter = ++this.counter;
        const saveId = crypto.randomUUID();
        for (;;) {
          const answer = await this.save(counter, saveId);
          if (answer.kind === 'saved') break;
          if (answer.kind === 'refused') {
            this.refusals.push({ status: answer.status, detail: answer.detail });
            return; // the editor stops here too: this is what the tests must never see
          }
          this.failures++;
          if (this.stopped) return;
          await new Promise((resolve) => setTimeout(resolve, retryMs));
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}
