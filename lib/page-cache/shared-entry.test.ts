import { describe, expect, it } from 'vitest';
import { pageFrom } from './page';
import { decodeEntry, encodeEntry } from './shared-entry';

describe('a page as a Redis value', () => {
  it('comes back as it went in: status, headers, ETag, body and versions', () => {
    const page = pageFrom(
      404,
      { 'content-type': 'text/html; charset=utf-8', vary: 'RSC' },
      '<h1>Not found</h1> — «ünïcode»',
      ['site', 'story:x'],
    );
    const versions = { site: 'a1', 'story:x': 'b2' };
    const entry = decodeEntry(encodeEntry(page, versions));
    expect(entry).toEqual({
      page: { status: 404, headers: page.headers, etag: page.etag, body: page.body },
      versions,
    });
  });

  it('keeps binary bodies byte for byte', () => {
    const body = Uint8Array.from({ length: 256 }, (_, i) => i);
    const page = { status: 200, headers: [], body, etag: '"e"', tags: ['site'] };
    expect(decodeEntry(encodeEntry(page, {}))?.page.body).toEqual(body);
  });

  it('reads anything else as nothing', () => {
    const valid = encodeEntry(pageFrom(200, {}, 'body', ['site']), { site: 'v' });
    for (const value of [
      Buffer.alloc(0),
      Buffer.from('not an entry'),
      valid.subarray(0, 10),
      Buffer.concat([Buffer.from([0, 0, 0, 2]), Buffer.from('{}')]),
      Buffer.concat([Buffer.from([0, 0, 0, 4]), Buffer.from('null')]),
    ]) {
      expect(decodeEntry(value)).toBeNull();
    }
  });
});
