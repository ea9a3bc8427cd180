import { migrateDatabase } from './migrate';
import { openDatabase, targetFromEnv, type Database, type DatabaseHandle } from './open';
import { ConfigError } from './errors';

export type { Database, DatabaseHandle, Executor } from './open';

// One handle per server process, kept on globalThis so dev-mode reloads reuse it (PGlite allows
// a single connection per directory).
const globalForDb = globalThis as typeof globalThis & {
  datelineDb?: Promise<DatabaseHandle>;
  datelineBeforeClose?: (() => Promise<void>)[];
};

/** How long a task before closing may hold a stopping process up. */
const BEFORE_CLOSE_MS = 3_000;

/**
 * Runs `task` when a signal stops the process, before the database closes (the view counts
 * still in memory are written then: lib/analytics/flush.ts).
 */
export function beforeDatabaseCloses(task: () => Promise<void>): void {
  (globalForDb.datelineBeforeClose ??= []).push(task);
}

async function runBeforeClose() {
  const tasks = (globalForDb.datelineBeforeClose ?? []).map((task) => task().catch(() => {}));
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, BEFORE_CLOSE_MS)));
  await Promise.race([Promise.all(tasks), limit]);
  clearTimeout(timer);
}

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
    runBeforeClose()
      .then(() => handle.close())
      .finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
