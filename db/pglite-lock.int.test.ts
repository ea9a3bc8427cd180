import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquirePgliteLock } from './pglite-lock';
import { openDatabase, queryRows } from './open';
import { sql } from 'drizzle-orm';

const tmpDirs: string[] = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-lock-'));
  tmpDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function runMigrateScript(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the PGlite data directory lock', () => {
  // A child process of tsx starts slowly on a busy machine: this test waits for two.
  it('makes a second process refuse a directory in use, with one line, data intact', async () => {
    const dataDir = tmpDir();
    const first = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite') });
    await first.db.execute(sql`create table kept (note text)`);
    await first.db.execute(sql`insert into kept values ('written by the first process')`);

    const second = runMigrateScript({ DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(second.status).toBe(1);
    const errorLines = second.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(
      /^dateline: The PGlite data directory .* is in use by process \d+/,
    );

    const rows = await queryRows<{ note: string }>(first.db, sql`select note from kept`);
    expect(rows).toEqual([{ note: 'written by the first process' }]);
    await first.close();
  }, 120_000);

  it('takes over a lock left by a process that died', () => {
    const dir = tmpDir();
    const lockPath = path.join(dir, 'pglite.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']);
    fs.writeFileSync(lockPath, `${dead.pid}\n`);
    const release = acquirePgliteLock(lockPath, dir);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('refuses while the holder is alive', async () => {
    const dir = tmpDir();
    const lockPath = path.join(dir, 'pglite.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(lockPath, `${holder.pid}\n`);
      expect(() => acquirePgliteLock(lockPath, dir)).toThrow(`in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });
});

describe('an unreachable DATABASE_URL', () => {
  it('stops the migrate command with one line naming the server, not its password', () => {
    const result = runMigrateScript({ DATABASE_URL: 'postgres://dl:secret@127.0.0.1:1/nowhere' });
    expect(result.status).toBe(1);
    const errorLines = result.stderr.trim().split('\n');
    expect(errorLines).toEqual([
      'dateline: Cannot use PostgreSQL at 127.0.0.1:1/nowhere (connection refused). Check DATABASE_URL and that the server runs.',
    ]);
    expect(result.stderr).not.toContain('secret');
  });

  it('makes the health check answer 503', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://127.0.0.1:1/nowhere';
    try {
      const { GET } = await import('@/app/api/health/route');
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
