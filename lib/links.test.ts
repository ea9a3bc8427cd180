import { describe, expect, it } from 'vitest';
import { isSafeHref } from './links';

describe('isSafeHref', () => {
  it.each([
    'https://example.org/report',
    'http://example.org',
    'mailto:desk@dateline.test',
    'HTTPS://EXAMPLE.ORG',
  ])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.test/path',
    '/relative/path',
    'example.org',
    'ftp://example.org',
    'tel:+100',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isSafeHref(undefined)).toBe(false);
    expect(isSafeHref({ toString: () => 'https://example.org' })).toBe(false);
  });
});
