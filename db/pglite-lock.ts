import fs from 'node:fs';
import { ConfigError } from './errors';

// PGlite takes no lock on its directory, and two processes writing one directory silently lose
// data. This PID file makes a second process refuse to open it.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws a one-line error naming the process that holds it. */
export function acquirePgliteLock(lockPath: string, dataDir: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        if (holder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(lockPath);
      if (pid !== null && isAlive(pid)) {
        throw new ConfigError(
          `The PGlite data directory ${dataDir} is in use by process ${pid}. ` +
            `Stop that process first, or set DATA_DIR (or DATABASE_URL) to another database.`,
        );
      }
      // Left behind by a process that died: take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Could not lock the PGlite data directory ${dataDir}.`);
}
