import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { isPrivateAddress, webhookUrlProblem } from './address';
import {
  decryptSecret,
  encryptSecret,
  hashApiKey,
  newApiKey,
  newWebhookSecret,
  signWebhook,
} from './secrets';

process.env.WIRE_SECRET_KEY = 'a wire key for the unit tests, long enough';

describe('wire secrets', () => {
  it('signs as Standard Webhooks verifies, with every secret of a rotation', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ type: 'story.published', data: { uri: 'urn:x' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook([current, previous], 'msg_1', timestamp, body);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    };
    expect(signature.split(' ')).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(current).verify(`${body} `, headers)).toThrow();
  });

  it('keeps secrets encrypted and keys only as hashes', () => {
    const secret = newWebhookSecret();
    const stored = encryptSecret(secret);
    expect(stored).not.toContain(secret.slice(6, 20));
    expect(decryptSecret(stored)).toBe(secret);
    const tampered = `${stored.slice(0, -2)}${stored.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => decryptSecret(tampered)).toThrow();
    const { key, hash, prefix } = newApiKey();
    expect(key.startsWith(prefix)).toBe(true);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key);
  });
});

describe('webhook addresses', () => {
  it('tells private, loopback and link-local addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.9', '169.254.169.254', '::1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateAddress('fd00::1')).toBe(true);
    for (const address of ['93.184.216.34', '2606:4700::1111']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses other schemes, passwords and private hosts unless allowed', async () => {
    const allowed = process.env.WEBHOOK_ALLOW_PRIVATE;
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    try {
      expect(await webhookUrlProblem('ftp://partner.example/')).toMatch(/https/);
      expect(await webhookUrlProblem('https://user:pw@93.184.216.34/')).toMatch(/password/);
      expect(await webhookUrlProblem('http://127.0.0.1:8080/hook')).toMatch(/private/);
      expect(await webhookUrlProblem('http://[::1]/hook')).toMatch(/private/);
      expect(await webhookUrlProblem('https://93.184.216.34/hook')).toBeNull();
      process.env.WEBHOOK_ALLOW_PRIVATE = '1';
      expect(await webhookUrlProblem('http://127.0.0.1:8080/hook')).toBeNull();
    } finally {
      if (allowed === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE;
      else process.env.WEBHOOK_ALLOW_PRIVATE = allowed;
    }
  });
});
