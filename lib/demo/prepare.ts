import { sql } from 'drizzle-orm';
import { migrateDatabase } from '@/db/migrate';
import { openDatabase, targetFromEnv } from '@/db/open';
import { seedDemoNewsroom, DEMO_USERS } from './seed-newsroom';
import { seedDemoGraphics } from './seed-graphics';
import { demoPassword } from '@/db/demo-password';
import { users } from '@/db/schema';
import { safeTarget } from '@/db/errors';

export function describeTarget(): string {
  const target = targetFromEnv();
  return target.kind === 'postgres'
    ? `PostgreSQL at ${safeTarget(target.url)}`
    : `PGlite in ${target.dir}`;
}

/** Opens the configured database, applies pending migrations, seeds the demo if asked; closes. */
export async function prepareDatabase({
  seed,
}: {
  seed: 'always' | 'when-empty' | 'never';
}): Promise<{ seeded: boolean }> {
  const handle = await openDatabase(targetFromEnv());
  try {
    await migrateDatabase(handle);
    console.log(`dateline: ${describeTarget()} is migrated.`);
    if (seed === 'never') return { seeded: false };
    if (seed === 'when-empty') {
      const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
      if (row && row.n > 0) return { seeded: false };
    }
    const { password, generated, file } = demoPassword();
    const { storiesCreated } = await seedDemoNewsroom(handle.db, { password });
    const charts = await seedDemoGraphics(handle.db);
    console.log(
      `dateline: demo newsroom seeded (${storiesCreated} new stories, ${charts} new charts).`,
    );
    if (generated) console.log(`dateline: generated the demo password; it is kept in ${file}.`);
    return { seeded: true };
  } finally {
    await handle.close();
  }
}

export function printDemoSignIns() {
  const { password } = demoPassword();
  console.log(`Demo sign-ins (password for all: ${password}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(13)} ${user.email}`);
}
