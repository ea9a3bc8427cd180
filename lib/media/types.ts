// The shapes shared by media processing, storage and the media service.

/** The image types Dateline accepts, decided from the file's first bytes. */
export type ImageType = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** The formats renditions are written in: modern ones, with JPEG for everything else. */
export type RenditionFormat = 'avif' | 'webp' | 'jpeg';

export interface ProcessedRendition {
  width: number;
  height: number;
  format: RenditionFormat;
  contentType: string;
  body: Buffer;
}

/** An accepted upload: the original (kept privately) and its re-encoded, metadata-free renditions. */
export interface ProcessedImage {
  type: ImageType;
  mimeType: string;
  /** Of the image as displayed (orientation applied). */
  width: number;
  height: number;
  /** SHA-256 of the original bytes, hex. */
  sha256: string;
  original: Buffer;
  renditions: ProcessedRendition[];
}

/** Where media bytes live: a folder under DATA_DIR, or an S3-compatible bucket. */
export interface MediaStorage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<{ body: Buffer; contentType: string } | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Keys under a prefix (tests and clean-up). */
  list(prefix: string): Promise<string[]>;
}
