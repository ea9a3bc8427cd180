// Runs once when a server process starts: the in-server scheduler (SCHEDULER=off turns it off,
// for deployments that run `npm run scheduler` as a separate worker instead).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.SCHEDULER === 'off') return;
  const { startSchedulerLoop } = await import('./lib/scheduler-loop');
  startSchedulerLoop();
}
