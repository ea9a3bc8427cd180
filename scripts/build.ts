import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > builtAt);
}

/** Runs `next build` when the production build is missing or older than the sources. */
export function buildIfNeeded(): void {
  if (!buildIsStale()) return;
  console.log('dateline: building the production bundle (about a minute)…');
  // The build never opens the database, so it may run whatever DATABASE_URL or DATA_DIR say.
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('dateline: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}
