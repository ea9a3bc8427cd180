// The wire's secrets (docs/wire.md): API keys, kept only as SHA-256 hashes (they are random, so no
// stretching is needed); webhook secrets in the Standard Webhooks form (`whsec_` and base64), kept
// encrypted with AES-256-GCM because signing needs them in clear. The encryption key is derived
// from WIRE_SECRET_KEY, else AUTH_SECRET (docs/operating.md).
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

const KEY_PREFIX = 'dlw_';

/** A new API key: shown once, then only its hash is kept. */
export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${KEY_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, KEY_PREFIX.length + 6) };
}

export const hashApiKey = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

/** A new webhook secret, as Standard Webhooks writes them. */
export const newWebhookSecret = () => `whsec_${crypto.randomBytes(32).toString('base64')}`;

function encryptionKey(): Buffer {
  const material = process.env.WIRE_SECRET_KEY || authSecret();
  return crypto.createHash('sha256').update(`dateline wire secrets\0${material}`).digest();
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: the version lets the scheme change later. */
export function encryptSecret(secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url'));
  return ['v1', ...parts].join('.');
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1') throw new Error('Unknown secret format.');
  const decipher = crypto.createDecipheriv(
    'aes-256-gcm',
    encryptionKey(),
    Buffer.from(iv!, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data!, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/**
 * The `webhook-signature` header of Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of
 * `id.timestamp.body` under the secret's decoded bytes, one per secret (several during a
 * rotation's grace period), space-separated.
 */
export function signWebhook(secrets: string[], id: string, timestamp: number, body: string) {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      const mac = crypto.createHmac('sha256', key).update(`${id}.${timestamp}.${body}`);
      return `v1,${mac.digest('base64')}`;
    })
    .join(' ');
}
