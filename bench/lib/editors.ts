// Simulated editors for the load benchmark: each signed in over HTTP, each on a story of its own,
// autosaving it every few seconds as the editor does (PUT /api/stories/{id} with the version the
// last answer gave). A 409 here is a false conflict: nobody else writes these stories.
import crypto from 'node:crypto';
import type { RevisionMeta } from '@/db/schema';
import { percentile } from './process-stats';
import { signInOverHttp } from './publish-visible';

export interface Editor {
  email: string;
  cookie: string;
  storyId: string;
  meta: RevisionMeta;
  /** The story's version as the last answer gave it: the base of the next save. */
  version: number;
  saves: number;
}

export interface SaveRecord {
  ms: number;
  /** 200, 409, another status, or 0 when no answer came (timeout, reset). */
  status: number;
  detail?: string;
}

const WORDS_PER_PARAGRAPH = 75;

/** A 1,500-word body whose first paragraph names the save, so every save changes the text. */
export function storyBody(save: number) {
  const sentence = 'The committee heard from port officials about inspections and staffing levels';
  return {
    type: 'doc',
    content: Array.from({ length: 1_500 / WORDS_PER_PARAGRAPH }, (_, i) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${i === 0 ? `Save ${save}. ` : ''}${`${sentence}. `.repeat(6)}` },
      ],
    })),
  };
}

/** Signs the editor in and opens its story as the editor page does (GET the working copy). */
export async function openEditor(
  origin: string,
  email: string,
  password: string,
  storyId: string,
): Promise<Editor> {
  const cookie = await signInOverHttp(origin, email, password);
  const response = await fetch(`${origin}/api/stories/${storyId}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`open ${storyId} as ${email}: ${response.status}`);
  const { version, meta } = (await response.json()) as { version: number; meta: RevisionMeta };
  return { email, cookie, storyId, meta, version, saves: 0 };
}

/** One autosave; the editor's version follows the answer (a 409's answer carries the current one). */
async function save(origin: string, editor: Editor): Promise<SaveRecord> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/api/stories/${editor.storyId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: editor.cookie, origin },
      body: JSON.stringify({
        baseVersion: editor.version,
        saveId: crypto.randomUUID(),
        meta: editor.meta,
        body: storyBody(editor.saves + 1),
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.ok) {
      editor.version = (JSON.parse(text) as { version: number }).version;
      editor.saves++;
    } else if (response.status === 409) {
      editor.version =
        (JSON.parse(text) as { current?: { version: number } }).current?.version ?? editor.version;
    }
    return { ms, status: response.status, ...(response.ok ? {} : { detail: text.slice(0, 200) }) };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, detail: (error as Error).message };
  }
}

/**
 * Every editor autosaves every `intervalMs` (their first saves spread over one interval) until
 * `seconds` have passed; resolves with every save's time and status.
 */
export async function runEditors(
  origin: string,
  editors: Editor[],
  seconds: number,
  intervalMs: number,
): Promise<SaveRecord[]> {
  const records: SaveRecord[] = [];
  const deadline = performance.now() + seconds * 1_000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  await Promise.all(
    editors.map(async (editor, i) => {
      await sleep((i * intervalMs) / editors.length);
      for (let next = performance.now(); next < deadline; next += intervalMs) {
        await sleep(next - performance.now());
        records.push(await save(origin, editor));
      }
    }),
  );
  return records;
}

/** Autosave figures: times of the answered saves, false conflicts, and every other answer. */
export function saveSummary(records: SaveRecord[]) {
  const saved = records.filter((record) => record.status === 200);
  const times = saved.map((record) => record.ms);
  const errors = records.filter((record) => record.status !== 200 && record.status !== 409);
  return {
    saves: records.length,
    saved: saved.length,
    p50_ms: percentile(times, 50),
    p95_ms: percentile(times, 95),
    max_ms: percentile(times, 100),
    conflicts_409: records.filter((record) => record.status === 409).length,
    errors: errors.length,
    first_error: errors[0] ? `${errors[0].status} ${errors[0].detail ?? ''}`.trim() : undefined,
  };
}
