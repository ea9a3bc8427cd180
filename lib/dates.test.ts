import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('newsroom dates', () => {
  const saved = process.env.NEWSROOM_TIME_ZONE;
  afterEach(() => {
    process.env.NEWSROOM_TIME_ZONE = saved;
  });

  it('formats in UTC by default', () => {
    delete process.env.NEWSROOM_TIME_ZONE;
    const date = new Date('2026-10-21T23:30:00Z');
    expect(formatDate(date)).toBe('21 Oct 2026');
    expect(formatDateTime(date)).toBe('21 Oct 2026, 23:30 UTC');
  });

  it('follows the newsroom time zone', () => {
    process.env.NEWSROOM_TIME_ZONE = 'Asia/Baku';
    expect(formatDate(new Date('2026-10-21T23:30:00Z'))).toBe('22 Oct 2026');
  });
});

describe('dates in the page language', () => {
  it('writes months in Russian and Azerbaijani', () => {
    delete process.env.NEWSROOM_TIME_ZONE;
    const date = new Date('2026-10-21T23:30:00Z');
    expect(formatDate(date, 'ru')).toMatch(/^21 окт\.? 2026/);
    expect(formatDateTime(date, 'ru')).toMatch(/23:30 UTC$/);
    expect(formatDate(date, 'az')).toMatch(/^21 okt 2026/);
    expect(formatDate(date, 'xx')).toBe('21 Oct 2026');
  });
});
