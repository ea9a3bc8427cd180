// The gate every saved body passes: size and depth limits, no prototype keys, then the editor's
// own ProseMirror schema (unknown nodes, marks and wrong nesting are refused), then link and image
// checks. What is stored is the schema's normalized JSON, so unknown attributes never reach the
// database.
import { getSchema } from '@tiptap/core';
import { storyExtensions } from '@/components/editor/extensions';
import { AppError } from './errors';
import { isSafeHref, isSafeImageSrc } from './links';
import type { BodyNode, StoryBody } from './story-body';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_BODY_DEPTH = 50;

const schema = getSchema(storyExtensions);

const refuse = (message: string): never => {
  throw new AppError('invalid', message, { body: message });
};

function checkShape(value: unknown, depth: number): void {
  if (depth > MAX_BODY_DEPTH)
    refuse(`The story body is nested too deeply (over ${MAX_BODY_DEPTH}).`);
  if (Array.isArray(value)) {
    for (const item of value) checkShape(item, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        refuse('The story body contains a forbidden key.');
      }
      checkShape((value as Record<string, unknown>)[key], depth + 1);
    }
  }
}

function checkAttributes(node: BodyNode): void {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && !isSafeHref(mark.attrs?.href)) {
      refuse('Links may only point to http, https or mailto addresses.');
    }
  }
  if (node.type === 'heading' && node.attrs?.level !== 2 && node.attrs?.level !== 3) {
    refuse('Headings in a story are level 2 or 3.');
  }
  if (node.type === 'image') {
    if (!isSafeImageSrc(node.attrs?.src)) {
      refuse('Images must come from the media library.');
    }
  }
  node.content?.forEach(checkAttributes);
}

/** Validates a body from a request and returns it normalized, or throws an `invalid` AppError. */
export function validateBody(input: unknown): StoryBody {
  const size = Buffer.byteLength(JSON.stringify(input ?? null) ?? '', 'utf8');
  if (size > MAX_BODY_BYTES) refuse('The story body is too large (over 2 MB).');
  checkShape(input, 0);
  if (!input || typeof input !== 'object' || (input as BodyNode).type !== 'doc') {
    refuse('The story body must be a document.');
  }
  let normalized: StoryBody;
  try {
    const doc = schema.nodeFromJSON(input);
    doc.check();
    normalized = doc.toJSON() as StoryBody;
  } catch (error) {
    refuse(`The story body does not fit the story format: ${(error as Error).message}`);
    throw error; // unreachable: refuse() throws
  }
  checkAttributes(normalized);
  return normalized;
}
