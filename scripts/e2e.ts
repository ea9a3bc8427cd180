// npm run test:e2e — the Playwright journeys against a production build (built when needed).
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_MESSAGE } from '@/e2e/browser';
import { buildIfNeeded } from './build';

if (!findChromium()) {
  console.error(`dateline: ${NO_BROWSER_MESSAGE}`);
  process.exit(1);
}
buildIfNeeded();
const result = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
