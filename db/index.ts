import { migrateDatabase } from './migrate';
import { openDatabase, targetFromEnv, type Database, type DatabaseHandle } from './open';
import { ConfigError } from './errors';

export type { Database, DatabaseHandle, Executor } from './open';

// One handle per server process, kept on globalThis so dev-mode reloads reuse it (PGlite allows
// a single connection per directory).
const globalForDb = globalThis as typeof globalThis & {
  datelineDb?: Promise<DatabaseHandle>;
};

/** The server's database handle: opened and migrated on first use, retried after a failure. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // Prerendering against the live database would open a PGlite directory from a second process.
    throw new ConfigError(
      'The build must not open the database: mark the page dynamic (connection()).',
    );
  }
  globalForDb.datelineDb ??= open().catch((error: unknown) => {
    globalForDb.datelineDb = undefined;
    throw error;
  });
  return globalForDb.datelineDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

async function open(): Promise<DatabaseHandle> {
  const handle = await openDatabase(targetFromEnv());
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  closeOnSignals(handle);
  return handle;
}

function closeOnSignals(handle: DatabaseHandle) {
  const shutdown = (signal: NodeJS.Signals) => {
    handle.close().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
