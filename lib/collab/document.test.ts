// The gate every shared change passes (lib/collab/document.ts): judged on a copy, on top of the
// changes accepted before it, and whether it brings anything new.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppError } from '@/lib/errors';
import { checkUpdate, documentOfBody } from './document';
import { BODY_FIELD } from './limits';

const paragraph = (text: string) => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/** The server's document, and a client's copy of it. */
function pair() {
  const server = documentOfBody({ type: 'doc', content: [paragraph('Tide tables.')] });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** Runs `change` on the client and answers the update it makes. */
function changeOf(client: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change();
  return Y.encodeStateAsUpdate(client, before);
}

describe('checkUpdate', () => {
  it('lets a paragraph in, and says it brings something new', () => {
    const { server, client } = pair();
    const update = changeOf(client, () => {
      const block = new Y.XmlElement('paragraph');
      block.insert(0, [new Y.XmlText('High water at noon.')]);
      client.getXmlFragment(BODY_FIELD).insert(1, [block]);
    });
    expect(checkUpdate(server, update)).toBe(true);
    Y.applyUpdate(server, update);
    expect(checkUpdate(server, update)).toBe(false); // already there: nothing to write
  });

  it('refuses a script node, and leaves the document as it was', () => {
    const { server, client } = pair();
    const before = Y.encodeStateAsUpdate(server);
    const update = changeOf(client, () => {
      const script = new Y.XmlElement('script');
      script.insert(0, [new Y.XmlText('alert(1)')]);
      client.getXmlFragment(BODY_FIELD).insert(1, [script]);
    });
    expect(() => checkUpdate(server, update)).toThrow(AppError);
    expect(Buffer.from(Y.encodeStateAsUpdate(server)).equals(Buffer.from(before))).toBe(true);
  });

  it('judges a change on top of those accepted before it, whatever order they come in', () => {
    // The script node hangs off a paragraph of the same client's earlier change: alone, the
    // later change cannot be placed yet and passes; on top of it, the earlier one is refused.
    const { server, client } = pair();
    const first = changeOf(client, () => {
      const block = new Y.XmlElement('paragraph');
      block.insert(0, [new Y.XmlText('Harmless.')]);
      client.getXmlFragment(BODY_FIELD).insert(1, [block]);
    });
    const second = changeOf(client, () => {
      const script = new Y.XmlElement('script');
      script.insert(0, [new Y.XmlText('alert(1)')]);
      client.getXmlFragment(BODY_FIELD).insert(2, [script]);
    });
    expect(checkUpdate(server, second)).toBe(true);
    expect(checkUpdate(server, first)).toBe(true); // alone, it is harmless
    expect(() => checkUpdate(server, first, [second])).toThrow(AppError);
  });
});
