// Both media storage drivers held to the same behaviour: files in a temporary folder, and a real
// S3 connection to an s3rver process started here (a local S3-compatible server writing to its own
// temporary folder). Each case also looks at what the backend really holds, with fs or with a
// plain S3 client, so neither a key that escapes nor a stray temporary file can hide behind the
// driver's own answers.
import crypto, { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from './local-storage';
import { mediaStorage, storageFromEnv } from './storage';
import type { MediaStorage } from './types';

const BUCKET = 'dateline-test';

interface Driver {
  storage: MediaStorage;
  /** What the backend holds, as it names it: paths under the temp folder, or bucket keys. */
  stored(): Promise<string[]>;
  /** What `stored` shows before a storage key. */
  storedPrefix: string;
  /** For S3 only: the server's address, to build more drivers against it. */
  endpoint?: string;
  close(): Promise<void>;
}

async function openLocal(): Promise<Driver> {
  // The media folder sits one level down, so a key escaping it would show up in `stored`.
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-media-'));
  return {
    storage: new LocalStorage(path.join(base, 'media')),
    stored: () => filesUnder(base),
    storedPrefix: 'media/',
    close: () => fs.rm(base, { recursive: true, force: true }),
  };
}

type CipherFactory = (
  algorithm: string,
  key: Buffer,
  iv: Buffer,
) => crypto.Cipher | crypto.Decipher;

/**
 * s3rver makes its list continuation tokens with single DES, which OpenSSL 3 (Node 17 and later)
 * no longer offers, so any listing longer than one page fails inside the server. Triple DES with
 * the same key three times computes exactly single DES and is still offered: s3rver gets that
 * instead. Everything else reaches the real functions. Returns the undo.
 */
function lendDesToS3rver(): () => void {
  const original = {
    createCipheriv: crypto.createCipheriv,
    createDecipheriv: crypto.createDecipheriv,
  };
  const desAsTripleDes =
    (create: CipherFactory): CipherFactory =>
    (algorithm, key, iv) =>
      algorithm === 'des'
        ? create('des-ede3-cbc', Buffer.concat([key, key, key]), iv)
        : create(algorithm, key, iv);
  Object.assign(crypto, {
    createCipheriv: desAsTripleDes(original.createCipheriv as CipherFactory),
    createDecipheriv: desAsTripleDes(original.createDecipheriv as unknown as CipherFactory),
  });
  return () => Object.assign(crypto, original);
}

async function openS3(): Promise<Driver> {
  const giveDesBack = lendDesToS3rver();
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const raw = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    storage: storageFromEnv({
      MEDIA_S3_BUCKET: BUCKET,
      MEDIA_S3_ENDPOINT: endpoint,
      MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
      MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
      MEDIA_S3_PREFIX: 'dateline/',
    }),
    stored: async () => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await raw.send(
          new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }),
        );
        keys.push(...(page.Contents ?? []).map((object) => object.Key!));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
    storedPrefix: 'dateline/',
    endpoint,
    close: async () => {
      raw.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
      giveDesBack();
    },
  };
}

/** Every file under `folder`, temporary ones included, as sorted `/`-joined relative paths. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .map((relative) => relative.split(path.sep).join('/'))
    .sort();
}

const HOSTILE_KEYS = [
  '../x.jpg',
  '/etc/passwd',
  'a\\b.jpg',
  'renditions/../../x',
  'UPPER.JPG',
  'renditions/evil\0.jpg',
  '',
  'renditions//x.jpg',
  'renditions/',
  './x.jpg',
  '..',
  'renditions/x.jpg~',
  'a'.repeat(600),
];

describe.each([
  { kind: 'local', open: openLocal },
  { kind: 's3', open: openS3 },
])('media storage on $kind', ({ open }) => {
  let driver: Driver;
  let storage: MediaStorage;
  beforeAll(async () => {
    driver = await open();
    storage = driver.storage;
  });
  afterAll(() => driver?.close());

  it('give back the bytes put, with the content type of the extension', async () => {
    const cases: [string, string][] = [
      ['types/a.webp', 'image/webp'],
      ['types/b.avif', 'image/avif'],
      ['types/c.jpg', 'image/jpeg'],
      ['types/d.jpeg', 'image/jpeg'],
      ['types/e.png', 'image/png'],
      ['types/f.gif', 'image/gif'],
      ['types/g.bin', 'application/octet-stream'],
    ];
    for (const [key, contentType] of cases) {
      const body = randomBytes(4096);
      await storage.put(key, body, contentType);
      const object = await storage.get(key);
      expect(object?.body.equals(body), key).toBe(true);
      expect(object?.contentType, key).toBe(contentType);
    }
  });

  it('replace an object put again under the same key', async () => {
    await storage.put('replace/a.webp', randomBytes(10_000), 'image/webp');
    const shorter = randomBytes(100);
    await storage.put('replace/a.webp', shorter, 'image/webp');
    expect((await storage.get('replace/a.webp'))!.body.equals(shorter)).toBe(true);
  });

  it('keep one whole body when the same key is put concurrently', async () => {
    const bodies = Array.from({ length: 8 }, () => randomBytes(50_000));
    await Promise.all(bodies.map((body) => storage.put('race/a.webp', body, 'image/webp')));
    const kept = (await storage.get('race/a.webp'))!.body;
    expect(bodies.some((body) => body.equals(kept))).toBe(true);
  });

  it('answer null for a missing key, and delete one without complaint', async () => {
    expect(await storage.get('missing/nothing.webp')).toBeNull();
    expect(await storage.get('missing-folder/deeper/nothing.webp')).toBeNull();
    await expect(storage.delete('missing/nothing.webp')).resolves.toBeUndefined();
    await expect(storage.delete('missing-folder/deeper/nothing.webp')).resolves.toBeUndefined();
  });

  it('forget a deleted object', async () => {
    await storage.put('deleted/a.jpg', randomBytes(10), 'image/jpeg');
    await storage.delete('deleted/a.jpg');
    expect(await storage.get('deleted/a.jpg')).toBeNull();
    expect(await storage.list('deleted/')).toEqual([]);
  });

  it('list exactly the keys under a prefix, sorted', async () => {
    const inside = ['listed/z.webp', 'listed/a.webp', 'listed/deep/m.avif', 'listed/ab-960.webp'];
    const outside = ['listed-not/a.webp', 'other/listed/a.webp', 'listedz.webp'];
    for (const key of [...inside, ...outside])
      await storage.put(key, randomBytes(16), 'image/webp');

    expect(await storage.list('listed/')).toEqual([...inside].sort());
    expect(await storage.list('listed/a')).toEqual(['listed/a.webp', 'listed/ab-960.webp']);
    expect(await storage.list('listed/deep/')).toEqual(['listed/deep/m.avif']);
    expect(await storage.list('never-used/')).toEqual([]);
    expect(await storage.list('')).toEqual(expect.arrayContaining([...inside, ...outside]));
  });

  it('store objects under its folder or bucket prefix', async () => {
    await storage.put('where/a.png', randomBytes(16), 'image/png');
    expect(await driver.stored()).toContain(`${driver.storedPrefix}where/a.png`);
  });

  it('refuse hostile keys and write nothing for them', async () => {
    const before = await driver.stored();
    for (const key of HOSTILE_KEYS) {
      await expect(storage.put(key, randomBytes(16), 'image/jpeg'), key).rejects.toThrow(/key/);
      await expect(storage.get(key), key).rejects.toThrow(/key/);
      await expect(storage.delete(key), key).rejects.toThrow(/key/);
    }
    for (const prefix of ['../', '/', '..', 'UPPER/', 'a\\b/']) {
      await expect(storage.list(prefix), prefix).rejects.toThrow(/key/);
    }
    expect(await driver.stored()).toEqual(before);
  });

  it('hold nothing but its objects afterwards (no temporary files)', async () => {
    const keys = await storage.list('');
    expect(keys.length).toBeGreaterThan(10);
    expect(await driver.stored()).toEqual(keys.map((key) => driver.storedPrefix + key));
  });

  it('list more keys than S3 returns in one page', async () => {
    const keys = Array.from({ length: 1005 }, (_, i) => `many/${String(i).padStart(4, '0')}.gif`);
    const body = randomBytes(8);
    for (let i = 0; i < keys.length; i += 50) {
      await Promise.all(keys.slice(i, i + 50).map((key) => storage.put(key, body, 'image/gif')));
    }
    expect(await storage.list('many/')).toEqual(keys);
  });
});

describe('media storage from the environment', () => {
  it('use files under DATA_DIR when no bucket is named', () => {
    expect(storageFromEnv({}).kind).toBe('local');
    expect(storageFromEnv({ MEDIA_S3_BUCKET: '  ' }).kind).toBe('local');
  });

  it('use a bucket when one is named, and refuse an endpoint that is no URL', () => {
    expect(storageFromEnv({ MEDIA_S3_BUCKET: 'media' }).kind).toBe('s3');
    expect(() =>
      storageFromEnv({ MEDIA_S3_BUCKET: 'media', MEDIA_S3_ENDPOINT: 'minio:9000' }),
    ).toThrow(/MEDIA_S3_ENDPOINT/);
  });

  it('keep one storage per process', () => {
    expect(mediaStorage()).toBe(mediaStorage());
  });
});

describe('media storage on s3 with a missing bucket', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await openS3();
  });
  afterAll(() => driver?.close());

  it('report the mistake instead of answering that the object is missing', async () => {
    const storage = storageFromEnv({
      MEDIA_S3_BUCKET: 'no-such-bucket',
      MEDIA_S3_ENDPOINT: driver.endpoint!,
      MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
      MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    await expect(storage.get('a.webp')).rejects.toThrow(/bucket/i);
  });
});
