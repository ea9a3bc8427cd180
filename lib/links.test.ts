import { describe, expect, it } from 'vitest';
import { isSafeHref, isSafeImageSrc } from './links';

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

describe('isSafeImageSrc', () => {
  it.each(['/media/ab12/photo-1200.webp', 'https://images.example.org/a.jpg'])(
    'accepts %s',
    (src) => {
      expect(isSafeImageSrc(src)).toBe(true);
    },
  );

  it.each([
    'x',
    'http://example.org/a.jpg',
    'file:///C:/photo.jpg',
    'data:image/png;base64,AAAA',
    '/media/../etc/passwd',
    'javascript:alert(1)',
    '',
  ])('refuses %s', (src) => {
    expect(isSafeImageSrc(src)).toBe(false);
  });
});
