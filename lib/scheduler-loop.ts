// Runs the scheduler every SCHEDULER_INTERVAL_MS (default 1 s) inside a server process or the
// `npm run scheduler` worker, and beside it the front page's pins that run out and the analytics
// jobs (lib/analytics/jobs.ts: the most read list, the rollup of old view rows). Overlapping ticks
// are skipped, errors are logged and the loop goes on. The wire's delivery worker and the mail
// worker start and stop with it, and each tick asks whether the day's mail digest is due
// (lib/mail/workflow-mail.ts).
import { getDb } from '@/db';
import { applyInvalidation } from './page-cache/invalidation';
import { publishDueStories } from './services/scheduler';
import { expireFrontPins } from './services/front';
import { runAnalyticsJobs } from './analytics/jobs';
import { startWireWorker } from './wire/worker';
import { startMailWorker } from './mail/worker';
import { queueDailyDigest } from './mail/workflow-mail';

export function startSchedulerLoop(
  onPublished: (storyIds: string[]) => void = () => {},
): () => void {
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS) || 1000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const published = await publishDueStories(await getDb());
      for (const story of published) {
        applyInvalidation(story.invalidation);
        console.log(
          `dateline: scheduler published ${story.storyId} (${story.delayMs} ms after its time)`,
        );
      }
      if (published.length) onPublished(published.map((story) => story.storyId));
      // Front-page pins that ran out leave it within a tick (lib/services/front.ts).
      applyInvalidation(await expireFrontPins(await getDb()));
      await runAnalyticsJobs(await getDb());
      await queueDailyDigest(await getDb());
    } catch (error) {
      console.error(`dateline: scheduler: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  void tick(); // at start: publish at once what was missed while down
  // The wire's webhooks go out from wherever stories are published (docs/wire.md).
  const stopWire = process.env.WIRE_WORKER === 'off' ? null : startWireWorker(getDb);
  // Mail from every instance's outbox (docs/operating.md, "Mail").
  const stopMail = process.env.MAIL_WORKER === 'off' ? null : startMailWorker(getDb);
  return () => {
    clearInterval(timer);
    void stopWire?.();
    void stopMail?.();
  };
}
