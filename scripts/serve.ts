import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { SERVER_BUNDLE } from './build';

/**
 * Spawns the production server (scripts/server.ts as the build bundled it: Next behind a
 * cache-hit fast path) on a port, and nothing more: the caller decides what the child's end means
 * (the system tests and `npm run cluster` run several and stop them one by one). Two malloc arenas, unless the
 * environment says otherwise: image processing (sharp) on glibc otherwise keeps freed memory per
 * thread, and the server's resident memory climbs with every upload.
 */
export function spawnNextServer(
  port: number,
  env: NodeJS.ProcessEnv = process.env,
  stdio: StdioOptions = 'inherit',
): ChildProcess {
  return spawn(process.execPath, [SERVER_BUNDLE], {
    stdio,
    env: { MALLOC_ARENA_MAX: '2', ...env, PORT: String(port) },
  });
}

/** Starts the production server on a port, forwards termination signals and exits with it. */
export function startNextServer(port: number, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawnNextServer(port, env);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

/** Stops a server with SIGTERM (it closes its database first); resolves once it has exited. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** Resolves once the server's health check answers 200; rejects after `timeoutMs`. */
export async function waitForHealth(
  port: number,
  timeoutMs = 60_000,
  intervalMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`the server on port ${port} did not become healthy in ${timeoutMs / 1000} s`);
}
