import { describe, expect, it } from 'vitest';
import { isReadableAddress } from './readable-address';

describe('isReadableAddress', () => {
  it.each([
    '/',
    '/news/caf%C3%A9',
    '/news/%E6%97%A5%E6%9C%AC%E8%AA%9E',
    '/news/%F0%9F%93%B0',
    '/news/..%2F..%2Fdesk',
    '/api/stories/8c0c1a8e-5d7e-4f7c-9a43-2b8d2b7b1e11',
    '/api/auth/callback/credentials',
    '/media/renditions/abc-480.webp',
    '/search%20results',
  ])('lets %s through', (address) => {
    expect(isReadableAddress(address)).toBe(true);
  });

  it.each([
    // Not escapes, or cut short
    '/api/health/%zz',
    '/api/stories/%E0%A4%A',
    '/news/%E0%A4',
    '/%',
    // Not UTF-8: a stray byte, an overlong form, lone surrogates
    '/news/%FF%FE',
    '/api/auth/%C0%AF',
    '/api/stories/%ED%A0%80',
    '/author/%ED%B0%80',
    // Control characters, NUL above all
    '/news/abc%00def',
    '/api/media/%00',
    '/media/%0A',
    '/desk/%1F',
    '/tag/%7F',
  ])('refuses %s', (address) => {
    expect(isReadableAddress(address)).toBe(false);
  });
});
