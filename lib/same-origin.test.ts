import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from './same-origin';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('assertSameOrigin', () => {
  it('lets a same-site browser request through', () => {
    expect(() =>
      assertSameOrigin(headers({ origin: 'http://localhost:3000', host: 'localhost:3000' })),
    ).not.toThrow();
  });

  it.each([
    [{ host: 'localhost:3000' }],
    [{ origin: 'http://evil.test', host: 'localhost:3000' }],
    [{ origin: 'null', host: 'localhost:3000' }],
    [{ origin: 'http://localhost:3000.evil.test', host: 'localhost:3000' }],
  ])('refuses %o', (entries) => {
    expect(() => assertSameOrigin(headers(entries))).toThrow('Cross-site request refused.');
  });
});
