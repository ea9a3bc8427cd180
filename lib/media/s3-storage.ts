// Media stored in an S3-compatible bucket: AWS S3, or MinIO, Ceph, R2 and the like through
// MEDIA_S3_ENDPOINT. For newsrooms running more than one app server, or wanting a CDN in front of
// their images.
//
// Keys follow the same rule as on disk (storage.ts), so switching drivers is copying objects.
// An optional prefix lets Dateline share a bucket: it is added to every key on the way in and
// removed on the way out, so the rest of the app never sees it.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { contentTypeOf } from './local-storage';
import { isValidKey, validateKey, validatePrefix } from './keys';
import type { MediaStorage } from './types';

export interface S3StorageOptions {
  bucket: string;
  /** For S3-compatible servers; absent for AWS itself. */
  endpoint?: string;
  region?: string;
  /** Absent: the SDK's own lookup (environment, instance role…). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Folder inside the bucket, such as `dateline/`. */
  prefix?: string;
}

export class S3Storage implements MediaStorage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.prefix = folderPrefix(options.prefix);
    this.client = new S3Client({
      region: options.region ?? 'us-east-1',
      endpoint: options.endpoint,
      // Self-hosted servers rarely have a DNS name per bucket; the bucket goes in the path.
      forcePathStyle: options.endpoint !== undefined,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<{ body: Buffer; contentType: string } | null> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
      return {
        body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        contentType: response.ContentType || contentTypeOf(key),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers a delete of a missing object with success already.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
  }

  async list(prefix: string): Promise<string[]> {
    validatePrefix(prefix);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix + prefix,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length);
        // Objects put there by other tools may not follow the key rule; they are not ours.
        if (key && isValidKey(key)) keys.push(key);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  private objectKey(key: string): string {
    return this.prefix + validateKey(key);
  }
}

/** `dateline`, `/dateline/` and `dateline/` all mean the folder `dateline/`; nothing means none. */
function folderPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
}

/** No such object. A missing bucket is a configuration mistake and stays an error. */
function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  if (failure?.name === 'NoSuchBucket') return false;
  return failure?.name === 'NoSuchKey' || failure?.$metadata?.httpStatusCode === 404;
}
