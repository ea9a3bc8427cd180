// Vitest global setup of the system project. The suite starts real app instances on a PostgreSQL
// server (PGlite allows one process, so two instances or a restarted one cannot share it): without
// TEST_DATABASE_URL it says so and its tests are skipped, as the integration suite runs on PGlite
// alone without it. With it, the production build is made first when missing or stale, so the
// suite works on a fresh clone.
import pg from 'pg';
import { safeTarget } from '@/db/errors';
import { buildIfNeeded } from '@/scripts/build';

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log(
      'System suite: skipped, it needs PostgreSQL (set TEST_DATABASE_URL, for example ' +
        'postgres://postgres@127.0.0.1:5432/test).',
    );
    return;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    console.log(`System suite: PostgreSQL ${rows[0]?.server_version} at ${safeTarget(url)}.`);
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL is set but ${safeTarget(url)} cannot be reached: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  buildIfNeeded();
}
