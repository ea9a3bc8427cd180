import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshFront } from './front-refresh';

/** A stand-in front that records what it is asked for. */
async function recordingFront() {
  const asked: { url: string; refresh: string | undefined }[] = [];
  const server = http.createServer((request, response) => {
    asked.push({ url: request.url!, refresh: request.headers['x-dateline-refresh'] as string });
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    asked,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('refreshing the front cache', () => {
  it('asks the front again for each dropped page, past its cache', async () => {
    const front = await recordingFront();
    try {
      await refreshFront(['/news/a', '/section/world?page=2', '/'], front.origin);
      expect(front.asked.map((request) => request.url).sort()).toEqual(
        ['/', '/news/a', '/section/world?page=2'].sort(),
      );
      expect(front.asked.every((request) => request.refresh === '1')).toBe(true);
    } finally {
      await front.close();
    }
  });

  it('refreshes only the most recently read pages when many were dropped', async () => {
    vi.stubEnv('FRONT_REFRESH_MAX', '3');
    const front = await recordingFront();
    try {
      const keys = Array.from({ length: 10 }, (_, i) => `/search?q=${i}`);
      await refreshFront(keys, front.origin); // least recently used first
      expect(front.asked.map((request) => request.url).sort()).toEqual([
        '/search?q=7',
        '/search?q=8',
        '/search?q=9',
      ]);
    } finally {
      await front.close();
    }
  });

  it('does nothing without a front, and reports a front that is down without throwing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(refreshFront(['/'], undefined)).resolves.toBeUndefined();
    expect(logged).not.toHaveBeenCalled();
    const front = await recordingFront();
    await front.close(); // nothing listens there now
    await expect(refreshFront(['/', '/feed.xml'], front.origin)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/front refresh failed for 2 page/);
  });
});
