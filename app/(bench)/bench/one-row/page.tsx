// GET /bench/one-row: the smallest App Router page that reads the database (one row), for the
// read-path benchmark (bench/read-path.ts) to set the public renderer beside. It exists only when
// the server runs with BENCH_PAGES=1; otherwise it is an unknown address like any other.
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { sections } from '@/db/schema';

export default async function OneRowPage() {
  await connection();
  if (process.env.BENCH_PAGES !== '1') notFound();
  const db = await getDb();
  const [row] = await db
    .select({ name: sections.name })
    .from(sections)
    .orderBy(asc(sections.position))
    .limit(1);
  return <p>{row?.name ?? 'No section'}</p>;
}
