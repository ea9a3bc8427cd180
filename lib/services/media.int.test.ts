import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { media } from '@/db/schema';
import type { DatabaseHandle } from '@/db';
import { LocalStorage } from '@/lib/media/local-storage';
import { pngClaiming } from '@/lib/media/test-files';
import type { MediaStorage } from '@/lib/media/types';
import type { Actor } from '@/lib/permissions';
import { latestStories } from '@/lib/public/stories';
import { createStory, loadEditorState, saveStory } from './stories';
import { transitionStory } from './workflow';
import { listMedia } from './media';
import { deleteMedia, describeMedia } from './media-changes';
import { uploadMedia } from './media-upload';
import { mediaUsage, mediaUsageFor } from './media-usage';

/** A photograph-like JPEG with a location and a rotated orientation, as phones write them. */
async function phonePhoto(width = 1200, height = 800, seed = 0): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7 + seed * 13) % 251;
  return (
    sharp(noise, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      // (withExif alone would lose the orientation: sharp writes its own.)
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'Dateline test camera' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 30/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '0/1 7/1 0/1',
        },
      })
      .toBuffer()
  );
}

/** Every kind of file a correspondent may send that is not an image we take. */
const BAD_FILES: [string, () => Promise<Buffer>, RegExp, string?][] = [
  ['a script renamed .jpg', async () => Buffer.from('#!/bin/sh\nrm -rf /\n'), /JPEG, PNG, WebP/],
  ['a PNG claiming 30,000 × 30,000 pixels', async () => pngClaiming(30_000, 30_000), /30,000/],
  [
    'a file over 25 MB',
    async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(25 * 1024 * 1024)]),
    /25 MB/,
    'too_large',
  ],
  [
    'an SVG with a script',
    async () =>
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    /SVG/,
  ],
  [
    'a truncated JPEG',
    async () => {
      const photo = await phonePhoto(800, 600, 1);
      return photo.subarray(0, Math.floor(photo.length / 2));
    },
    /damaged|incomplete/i,
  ],
];

describe.each(testDatabaseKinds)('the media library on %s', (kind) => {
  let handle: DatabaseHandle;
  let folder: string;
  let storage: MediaStorage;
  let reporter: Actor;
  let editor: Actor;
  let sectionId: string;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-media-test-'));
    storage = new LocalStorage(folder);
    reporter = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    sectionId = await createTestSection(handle, `world-${kind}`, 'World');
  });
  afterAll(async () => {
    await handle.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('keeps an upload as a private original and metadata-free renditions, once', async () => {
    const photo = await phonePhoto();
    const { item, existing } = await uploadMedia(handle.db, storage, reporter, photo, {
      alt: 'Delegates arrive at the summit',
      caption: 'The first day of talks.',
      credit: 'Dateline',
    });
    expect(existing).toBe(false);
    // Orientation applied: the camera's 1200 × 800 is shown upright, 800 × 1200.
    expect([item.width, item.height]).toEqual([800, 1200]);
    expect(item.src).toMatch(/^\/media\/renditions\/[a-f0-9]{20}-800\.jpg$/);
    const keys = await storage.list('');
    expect(keys.filter((key) => key.startsWith('originals/'))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith('renditions/'))).toHaveLength(
      item.renditions.length,
    );
    for (const rendition of item.renditions) {
      const stored = await storage.get(rendition.key);
      const info = await sharp(stored!.body).metadata();
      expect(info.exif, rendition.key).toBeUndefined(); // no GPS, no camera
      expect(info.width).toBe(rendition.width);
    }
    const original = await storage.get(keys.find((key) => key.startsWith('originals/'))!);
    expect(original!.body.equals(photo)).toBe(true);

    // The same file again is the same image: no new row, no new files.
    const again = await uploadMedia(handle.db, storage, editor, photo, {});
    expect(again).toMatchObject({ existing: true, item: { id: item.id } });
    expect(await storage.list('')).toEqual(keys);
  });

  it.each(['png', 'webp', 'avif', 'gif'] as const)(
    'takes a %s upload and serves it as AVIF, WebP and JPEG renditions',
    async (format) => {
      const pixels = Buffer.alloc(640 * 400 * 3);
      for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 11 + format.length * 29) % 253;
      const bytes = await sharp(pixels, { raw: { width: 640, height: 400, channels: 3 } })
        .toFormat(format)
        .toBuffer();
      const { item } = await uploadMedia(handle.db, storage, reporter, bytes, {
        alt: `A ${format} picture`,
      });
      expect([item.width, item.height]).toEqual([640, 400]);
      expect(new Set(item.renditions.map((r) => r.format))).toEqual(
        new Set(['avif', 'webp', 'jpeg']),
      );
      for (const rendition of item.renditions) {
        expect(await storage.get(rendition.key), rendition.key).not.toBeNull();
      }
    },
  );

  it.each(BAD_FILES)(
    'refuses %s with a clear message, leaving no file and no row',
    async (_what, make, message, code = 'invalid') => {
      const before = {
        rows: (await handle.db.select().from(media)).length,
        files: await storage.list(''),
      };
      await expect(
        uploadMedia(handle.db, storage, reporter, await make(), {}),
      ).rejects.toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
      expect((await handle.db.select().from(media)).length).toBe(before.rows);
      expect(await storage.list('')).toEqual(before.files);
    },
  );

  it('removes what it wrote when storage fails half-way', async () => {
    let puts = 0;
    const failing: MediaStorage = {
      ...storage,
      kind: 'local',
      put: async (key, body, type) => {
        if (++puts === 3) throw new Error('disk full');
        return storage.put(key, body, type);
      },
      get: (key) => storage.get(key),
      delete: (key) => storage.delete(key),
      list: (prefix) => storage.list(prefix),
    };
    const before = {
      rows: (await handle.db.select().from(media)).length,
      files: await storage.list(''),
    };
    await expect(
      uploadMedia(handle.db, failing, reporter, await phonePhoto(900, 600, 2), {}),
    ).rejects.toThrow('disk full');
    expect((await handle.db.select().from(media)).length).toBe(before.rows);
    expect(await storage.list('')).toEqual(before.files);
  });

  it('finds images by alt text, caption, credit and uploader, and changes their description', async () => {
    const { item } = await uploadMedia(handle.db, storage, editor, await phonePhoto(700, 500, 3), {
      alt: 'Harbour cranes at dusk',
      credit: 'Port authority',
    });
    for (const q of ['harbour', 'PORT AUTH', 'editor ']) {
      const { items } = await listMedia(handle.db, reporter, { q });
      expect(
        items.map((found) => found.id),
        q,
      ).toContain(item.id);
    }
    expect((await listMedia(handle.db, reporter, { q: '%' })).items).toHaveLength(0);
    const { item: described } = await describeMedia(handle.db, reporter, item.id, {
      alt: 'Container cranes in the harbour at dusk',
      caption: 'Loading resumed after the strike.',
      credit: 'Port authority',
    });
    expect(described.alt).toBe('Container cranes in the harbour at dusk');
    await expect(
      describeMedia(handle.db, reporter, item.id, { alt: 'x'.repeat(301) }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('shows a featured image in lists once published, and deletes a used image only when confirmed', async () => {
    const { item } = await uploadMedia(
      handle.db,
      storage,
      reporter,
      await phonePhoto(1000, 700, 4),
      {
        alt: '',
      },
    );
    const { id } = await createStory(handle.db, reporter, { headline: `Summit Opens ${kind}` });
    const state = await loadEditorState(handle.db, reporter, id);
    const { featuredMediaId: _none, ...meta } = state.meta;
    await saveStory(handle.db, reporter, id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId, dateline: 'Brussels', featuredMediaId: item.id },
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Talks opened.' }] }],
      },
    });
    expect((await mediaUsage(handle.db, item.id)).map((use) => use.id)).toEqual([id]);

    // A featured image without alt text cannot go to the desk.
    const saved = await loadEditorState(handle.db, reporter, id);
    await expect(
      transitionStory(handle.db, reporter, id, {
        transition: 'submit',
        baseVersion: saved.version,
      }),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/alt text/) });
    await describeMedia(handle.db, reporter, item.id, { alt: 'Flags outside the summit hall' });
    await transitionStory(handle.db, editor, id, {
      transition: 'publish',
      baseVersion: saved.version,
    });
    const [card] = await latestStories(handle.db, { limit: 1 });
    expect(card).toMatchObject({ id, image: { alt: 'Flags outside the summit hall' } });

    await expect(deleteMedia(handle.db, storage, reporter, item.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(deleteMedia(handle.db, storage, editor, item.id)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`Summit Opens ${kind}`),
    });
    const keys = [item.renditions[0]!.key];
    await deleteMedia(handle.db, storage, editor, item.id, { confirmed: true });
    expect(await handle.db.select().from(media).where(eq(media.id, item.id))).toHaveLength(0);
    expect(await storage.get(keys[0]!)).toBeNull();
  });

  it('names to a correspondent only the stories they may open, and counts the others', async () => {
    const colleague = await createTestStaff(handle, 'correspondent');
    const { item } = await uploadMedia(
      handle.db,
      storage,
      colleague,
      await phonePhoto(640, 480, 3),
      {
        alt: 'A harbour crane',
      },
    );
    const { id } = await createStory(handle.db, colleague, { headline: `Colleague draft ${kind}` });
    const state = await loadEditorState(handle.db, colleague, id);
    const { featuredMediaId: _none, ...meta } = state.meta;
    await saveStory(handle.db, colleague, id, {
      baseVersion: state.version,
      meta: { ...meta, featuredMediaId: item.id },
      body: state.body,
    });
    expect(await mediaUsageFor(handle.db, reporter, item.id)).toEqual({
      usedIn: [],
      usedElsewhere: 1,
    });
    const forEditor = await mediaUsageFor(handle.db, editor, item.id);
    expect(forEditor.usedIn.map((use) => use.headline)).toEqual([`Colleague draft ${kind}`]);
    expect(forEditor.usedElsewhere).toBe(0);
    expect((await mediaUsageFor(handle.db, colleague, item.id)).usedIn).toHaveLength(1);
  });

  it('answers "unknown image" for an id that is not a UUID, and refuses NUL in a description', async () => {
    for (const id of ['not-a-uuid', "1' or '1'='1", '\u0000']) {
      await expect(describeMedia(handle.db, editor, id, { alt: 'x' })).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(deleteMedia(handle.db, storage, editor, id)).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    const { item } = await uploadMedia(handle.db, storage, editor, await phonePhoto(320, 240, 4), {
      alt: 'A quay at dawn',
    });
    await expect(
      describeMedia(handle.db, editor, item.id, { alt: 'A quay\u0000 at dawn' }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { alt: expect.any(String) } });
    // A control character in a search is a space, not a query error.
    const found = await listMedia(handle.db, editor, { q: 'quay\u0000' });
    expect(found.items.map((image) => image.id)).toEqual([item.id]);
  });
});
