// Helpers for the wire's tests (docs/wire.md): a webhook receiver on loopback that can be told to
// fail, a ninjs 2.2 validator over the vendored schema, and stories taken through the workflow.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Database } from '@/db';
import type { Actor } from '@/lib/permissions';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { transitionStory } from '@/lib/services/workflow';
import { registerBodyRenderer } from './render';

registerBodyRenderer();

export interface Received {
  headers: Record<string, string>;
  body: string;
  /** The status the receiver answered. */
  status: number;
}

/** A webhook receiver on 127.0.0.1; `failFirst` requests are answered 500. */
export async function startReceiver(options: { failFirst?: number; delayMs?: number } = {}) {
  const received: Received[] = [];
  let failures = options.failFirst ?? 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = failures > 0 ? 500 : 204;
      if (failures > 0) failures--;
      const answer = () => {
        received.push({
          headers: request.headers as Record<string, string>,
          body: Buffer.concat(chunks).toString('utf8'),
          status,
        });
        response.writeHead(status).end();
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    accepted: () => received.filter((entry) => entry.status < 300),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Validates against IPTC's ninjs 2.2 schema; answers the errors, or null. */
export function ninjsValidator(): (item: unknown) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The schema's one outside reference (places' geometry); offline, a stand-in takes its place.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const file = path.join(process.cwd(), 'test', 'fixtures', 'ninjs-schema_2.2.json');
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
  return (item) => (validate(item) ? null : ajv.errorsText(validate.errors));
}

/** Waits for a condition, polling; throws with `what` after `timeoutMs`. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 10_000,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A written story in a section, submitted and ready for an editor; answers its id. */
export async function readyStory(
  db: Database,
  author: Actor,
  sectionId: string,
  text = 'The committee met for the first time on Tuesday.',
): Promise<string> {
  const headline = `Committee Meets ${crypto.randomBytes(3).toString('hex')}`;
  const { id } = await createStory(db, author, { headline });
  const state = await loadEditorState(db, author, id);
  const { featuredMediaId: _media, ...meta } = state.meta;
  await saveStory(db, author, id, {
    baseVersion: state.version,
    meta: { ...meta, sectionId, dateline: 'Geneva', standfirst: 'A first meeting.' },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  });
  await step(db, author, id, 'submit');
  return id;
}

/** Takes a workflow step on the story's current version. */
export async function step(
  db: Database,
  actor: Actor,
  id: string,
  transition: string,
  extra: Record<string, unknown> = {},
) {
  const { version } = await loadEditorState(db, actor, id);
  return transitionStory(db, actor, id, { transition, baseVersion: version, ...extra });
}
