import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/open';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function userCreate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run user:create', () => {
  it('refuses bad input with one line and creates nothing', () => {
    const result = userCreate('--email', 'not-an-email', '--name', '', '--role', 'chief');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'dateline: --email: Enter a valid email address.; --name: Enter a display name.; --role: Choose a role: correspondent, editor or admin.',
    ]);
    expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(false);
  });

  it('refuses an unknown option with the usage', () => {
    const result = userCreate('--admin');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--admin'");
    expect(result.stderr).toContain('usage: npm run user:create');
  });

  // A child process of tsx starts slowly on a busy machine: this test waits for two.
  it('creates the first admin with the given password, and refuses the same email twice', async () => {
    const args = ['--email', 'Chief@Paper.test', '--name', 'Chief Admin', '--role', 'admin'];
    const first = userCreate(...args, '--password', 'a long enough password');
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('created admin chief@paper.test (Chief Admin)');

    const second = userCreate(...args);
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toBe(
      'dateline: --email: Someone already uses that email address.',
    );

    const handle = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite') });
    try {
      const rows = await handle.db.select().from(users).where(eq(users.email, 'chief@paper.test'));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.role).toBe('admin');
      expect(await verifyPassword(rows[0]!.passwordHash!, 'a long enough password')).toBe(true);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
