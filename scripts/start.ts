// npm start — builds when needed, migrates, seeds the demo newsroom into an empty database,
// then serves on http://localhost:$PORT (default 3000) and prints the demo sign-ins.
import { prepareDatabase, printDemoSignIns } from '@/lib/demo/prepare';
import { authSecret } from '@/lib/auth/secret';
import { buildIfNeeded } from './build';
import { exitWithError } from './cli';
import { startNextServer, waitForHealth } from './serve';

// The demo is seeded into the embedded database by default, never into a server's unless asked.
const seedDemo =
  (process.env.SEED_DEMO ?? (process.env.DATABASE_URL ? 'false' : 'true')) === 'true';

async function main() {
  const port = Number(process.env.PORT) || 3000;
  authSecret(); // refuses to go on without AUTH_SECRET where one is required
  buildIfNeeded();
  // Migrating and seeding run here and close the database before the server opens it:
  // PGlite allows one process per data directory.
  await prepareDatabase({ seed: seedDemo ? 'when-empty' : 'never' });
  startNextServer(port);
  await waitForHealth(port);
  console.log(`\nDateline is serving on http://localhost:${port}`);
  if (seedDemo) printDemoSignIns();
}

main().catch(exitWithError);
