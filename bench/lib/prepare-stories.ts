// Files BENCH_STORIES (default 20) stories as the demo correspondent and submits them, in the
// database the environment names, before the benchmark's server starts; prints their ids, slugs
// and versions as JSON for the publish-to-visible measurement.
import { getDatabaseHandle } from '@/db';
import { fileDemoStories } from '@/test/support/newsroom';

async function main() {
  const count = Number(process.env.BENCH_STORIES) || 20;
  const handle = await getDatabaseHandle();
  try {
    const filed = await fileDemoStories(handle.db, count, 'Benchmark Dispatch');
    process.stdout.write(`${JSON.stringify(filed)}\n`);
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
