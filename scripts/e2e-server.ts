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
Object.assign(process.env, { DATA_DIR: dataDir, DEMO_PASSWORD: E2E_PASSWORD });
delete process.env.DATABASE_URL;

prepareDatabase({ seed: 'always' })
  .then(() => startNextServer(E2E_PORT))
  .catch(exitWithError);
