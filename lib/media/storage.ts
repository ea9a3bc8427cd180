// Where media bytes go: the storage driver the environment names, one per process.
//
// The instance lives on globalThis because Next bundles route handlers separately: a module-level
// variable would give each bundle its own S3 client.
import path from 'node:path';
import { ConfigError } from '@/db/errors';
import { dataDir } from '@/db/data-dir';
import { LocalStorage } from './local-storage';
import { S3Storage } from './s3-storage';
import type { MediaStorage } from './types';

/** The driver `env` asks for: a bucket when MEDIA_S3_BUCKET is set, else files under DATA_DIR. */
export function storageFromEnv(env: Partial<NodeJS.ProcessEnv>): MediaStorage {
  const bucket = env.MEDIA_S3_BUCKET?.trim();
  if (!bucket) return new LocalStorage(path.join(dataDir(), 'media'));
  const endpoint = env.MEDIA_S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new ConfigError('MEDIA_S3_ENDPOINT must start with http:// or https://.');
  }
  return new S3Storage({
    bucket,
    endpoint,
    region: env.MEDIA_S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY?.trim() || undefined,
    prefix: env.MEDIA_S3_PREFIX?.trim() || undefined,
  });
}

const globalStorage = globalThis as typeof globalThis & { __datelineMediaStorage?: MediaStorage };

/** This process's media storage. */
export function mediaStorage(): MediaStorage {
  globalStorage.__datelineMediaStorage ??= storageFromEnv(process.env);
  return globalStorage.__datelineMediaStorage;
}
