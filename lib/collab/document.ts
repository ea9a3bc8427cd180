// The story body as a Yjs document, and the schema gate every shared change passes
// (ARCHITECTURE.md, "Co-editing"). Reading the document back to JSON knows no schema on purpose:
// a node outside the story format reaches validateBody as it is and is refused there, instead of
// being dropped quietly on the way.
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import {
  prosemirrorJSONToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProsemirrorJSON,
} from '@tiptap/y-tiptap';
import { storyExtensions } from '@/components/editor/extensions';
import { AppError } from '@/lib/errors';
import type { StoryBody } from '@/lib/story-body';
import { validateBody } from '@/lib/story-schema';
import { BODY_FIELD, MAX_DOCUMENT_BYTES } from './limits';

const schema = getSchema(storyExtensions);

/** The body the document holds, through the same gate as every save (normalized). */
export function bodyOfDocument(doc: Y.Doc): StoryBody {
  let json: unknown;
  try {
    json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD));
  } catch {
    throw new AppError('invalid', 'The story body does not fit the story format.');
  }
  return validateBody(json);
}

/**
 * Whether `update` may join `doc` once the changes accepted before it (`accepted`, not yet applied)
 * have: applied to a copy, the result must stay within the size limit and pass the body gate.
 * Throws an `invalid` AppError when not; `doc` is never touched. Answers whether the update
 * brings anything the document (with `accepted`) does not hold yet.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  accepted: readonly Uint8Array[] = [],
): boolean {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    for (const earlier of accepted) Y.applyUpdate(copy, earlier);
    const before = Y.snapshot(copy);
    Y.applyUpdate(copy, update);
    if (Y.encodeStateAsUpdate(copy).byteLength > MAX_DOCUMENT_BYTES) {
      throw new AppError('invalid', 'The story is too large to share.');
    }
    bodyOfDocument(copy);
    return !Y.snapshotContainsUpdate(before, update);
  } finally {
    copy.destroy();
  }
}

/** A new document holding `body`. */
export function documentOfBody(body: StoryBody): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, body, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

/**
 * Makes the document hold `body` (a save made without it), as the smallest change: what both
 * share keeps its identity, so people still connected merge with it instead of doubling text.
 */
export function foldBodyInto(doc: Y.Doc, body: StoryBody): void {
  updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), PMNode.fromJSON(schema, body), {
    mapping: new Map(),
    isOMark: new Map(),
  });
}
