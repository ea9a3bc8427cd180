// npm run db:seed — migrates the configured database and adds the demo newsroom (idempotent).
import { prepareDatabase, printDemoSignIns } from './prepare';
import { runCli } from '@/scripts/cli';

runCli(async () => {
  await prepareDatabase({ seed: 'always' });
  printDemoSignIns();
});
