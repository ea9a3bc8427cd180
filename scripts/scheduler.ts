// npm run scheduler — a worker that publishes scheduled stories on time. Run it beside app
// instances started with SCHEDULER=off; several workers may run at once (each story goes out once).
import { startSchedulerLoop } from '@/lib/scheduler-loop';
import { getDatabaseHandle } from '@/db';
import { registerBodyRenderer } from '@/lib/wire/render';
import { exitWithError } from './cli';

getDatabaseHandle()
  .then(() => {
    console.log('dateline: scheduler running');
    registerBodyRenderer(); // the wire's delivery worker runs in this loop too
    startSchedulerLoop();
    setInterval(() => {}, 1 << 30); // keep the process alive; signals end it
  })
  .catch(exitWithError);
