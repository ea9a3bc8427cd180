// npm run db:migrate — applies the committed migrations to the configured database.
import { prepareDatabase } from '@/lib/demo/prepare';
import { runCli } from './cli';

runCli(async () => {
  await prepareDatabase({ seed: 'never' });
});
