// npm run db:seed — migrates the configured database and adds the demo newsroom (idempotent).
// `-- --stories 100000` then adds that many synthetic published stories (db/seed-scale.ts).
import { parseArgs } from 'node:util';
import { getDatabaseHandle } from '@/db';
import { prepareDatabase, printDemoSignIns } from '@/lib/demo/prepare';
import { seedManyStories } from '@/db/seed-scale';
import { runCli } from '@/scripts/cli';

runCli(async () => {
  const { values } = parseArgs({ options: { stories: { type: 'string' } } });
  const extra = Number(values.stories ?? 0);
  if (!Number.isInteger(extra) || extra < 0) throw new Error('--stories takes a whole number.');
  await prepareDatabase({ seed: 'always' });
  if (extra > 0) {
    const handle = await getDatabaseHandle();
    try {
      await seedManyStories(handle.db, extra);
      console.log(`dateline: added ${extra} synthetic stories`);
    } finally {
      await handle.close();
    }
  }
  printDemoSignIns();
});
