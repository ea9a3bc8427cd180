// Vitest global setup of the integration project: says which databases the suite runs on.
import pg from 'pg';
import { safeTarget } from '@/db/errors';

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('Integration suite: PGlite only (set TEST_DATABASE_URL to add PostgreSQL).');
    return;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    console.log(
      `Integration suite: PGlite and PostgreSQL ${rows[0]?.server_version} at ${safeTarget(url)}.`,
    );
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL is set but ${safeTarget(url)} cannot be reached: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
