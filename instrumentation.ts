// Runs once when a server process starts: opens the database at once (PGlite takes about half a
// second, better spent while Next loads the first route than after), then starts the in-server
// scheduler (SCHEDULER=off turns it off, for deployments that run `npm run scheduler` as a
// separate worker instead). The page cache's feed starts with the server (scripts/server.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabaseHandle } = await import('./db');
  // A failure here is answered by /api/health (503) and retried by the next use.
  getDatabaseHandle().catch((error: unknown) => {
    console.error(`dateline: database: ${(error as Error).message.split('\n')[0]}`);
  });
  if (process.env.SCHEDULER === 'off') return;
  const { startSchedulerLoop } = await import('./lib/scheduler-loop');
  startSchedulerLoop();
}
