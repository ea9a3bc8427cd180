import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, queryRows } from './open';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const setting = async (handle: Awaited<ReturnType<typeof openDatabase>>, name: string) =>
  (
    await queryRows<{ setting: string }>(handle.db, sql`select current_setting(${name}) as setting`)
  )[0]!.setting;

describe('opening PGlite', () => {
  it('starts with a small buffer pool and keeps the directory’s own settings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-open-'));
    dirs.push(dir);
    const handle = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
    try {
      // Not PostgreSQL's 128 MB, inside the WebAssembly heap.
      expect(await setting(handle, 'shared_buffers')).toBe('32MB');
      expect(await setting(handle, 'TimeZone')).toBe('UTC');
      expect(await setting(handle, 'default_text_search_config')).toBe('pg_catalog.english');
    } finally {
      await handle.close();
    }
  });

  it('takes another size from PGLITE_SHARED_BUFFERS', async () => {
    vi.stubEnv('PGLITE_SHARED_BUFFERS', '16MB');
    const handle = await openDatabase({ kind: 'pglite', dir: null });
    try {
      expect(await setting(handle, 'shared_buffers')).toBe('16MB');
    } finally {
      await handle.close();
    }
  });
});
