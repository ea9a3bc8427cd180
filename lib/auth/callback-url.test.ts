import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/desk', '/desk'],
    ['/desk/users?tab=active', '/desk/users?tab=active'],
    ['/desk/stories/1#history', '/desk/stories/1#history'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    'https://evil.test',
    '//evil.test',
    '/\\evil.test',
    '\\/\\/evil.test',
    '/%2F%2Fevil.test',
    'https://app.test.evil.test',
    'https://app.test@evil.test',
    'javascript:alert(1)',
    '/desk\r\nLocation: https://evil.test',
    '/\t/evil.test',
    '',
    'desk',
    `/${'a'.repeat(3000)}`,
  ])('sends %s to the desk instead', (raw) => {
    const path = safeCallbackPath(raw);
    expect(path.startsWith('/')).toBe(true);
    expect(path.startsWith('//')).toBe(false);
    expect(new URL(path, 'http://app.test').origin).toBe('http://app.test');
    if (!raw.startsWith('/%2F')) expect(path).toBe('/desk');
  });

  it('refuses values that are not strings', () => {
    expect(safeCallbackPath(null)).toBe('/desk');
    expect(safeCallbackPath(['/desk/users'])).toBe('/desk');
  });
});
