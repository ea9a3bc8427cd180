// The server the Playwright journeys run against: the production build, on a fresh PGlite
// directory of its own (never the developer's ./data), seeded with a known demo password.
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '@/db/prepare';
import { E2E_DATA_DIR, E2E_PASSWORD, E2E_PORT } from '@/e2e/fixtures/env';
import { exitWithError } from './cli';
import { startNextServer } from './serve';

const dataDir = path.resolve(E2E_DATA_DIR);
fs.rmSync(dataDir, { recursive: true, force: true });
// The production configuration: the public address is set, so no Host header decides it.
const address = `http://127.0.0.1:${E2E_PORT}`;
Object.assign(process.env, {
  DATA_DIR: dataDir,
  DEMO_PASSWORD: E2E_PASSWORD,
  SITE_URL: address,
  AUTH_URL: address,
  // The wire journey's webhook receiver listens on loopback.
  WEBHOOK_ALLOW_PRIVATE: '1',
  // The demo newsroom's languages (docs/product.md, Languages).
  SITE_LANGUAGES: 'en,ru,az',
});
delete process.env.DATABASE_URL;
// Nor a shared page cache: a Redis would hold pages of an earlier run's database.
delete process.env.REDIS_URL;
// Analytics at a journey's pace (e2e/analytics.spec.ts): counts written every half second, the
// most read list looked at every two seconds (a minute and five seconds in production).
process.env.ANALYTICS_FLUSH_MS ??= '500';
process.env.ANALYTICS_MOST_READ_MS ??= '2000';

prepareDatabase({ seed: 'always' })
  .then(() => startNextServer(E2E_PORT))
  .catch(exitWithError);
