// "Reading now": views in the last five minutes. This instance knows its own exactly (the
// counter's last five minutes); the views other instances counted are only in the current hour's
// rows, so their share is estimated as that hour's rate over five minutes. On one instance the
// figure is exact; with several it is exact for this one's readers and an estimate for the rest.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import type { Actor } from '@/lib/permissions';
import { viewCounter, type ViewCounter } from '../counter';
import { storyInView } from './scope';

const FIVE_MINUTES = 5 * 60_000;

export async function readingNow(
  db: Executor,
  actor: Actor,
  counter: ViewCounter = viewCounter(),
  now = Date.now(),
): Promise<number> {
  const { hour, views: mine } = counter.currentHour();
  const recent = counter.recent();
  const unwritten = counter.unwrittenThisHour();
  const counted = [...new Set([...recent.keys(), ...mine.keys()])];
  const [rows, inView] = await Promise.all([
    queryRows<{ story_id: string; views: number }>(
      db,
      sql`select h.story_id, h.views from story_views_hourly h
          where h.hour = ${new Date(hour).toISOString()}::timestamptz
            and ${storyInView(actor, sql`h.story_id`)}`,
    ),
    // Which of the stories this instance counted are the actor's to see.
    counted.length === 0
      ? Promise.resolve([])
      : queryRows<{ id: string }>(
          db,
          sql`select s.id from stories s
              where s.id in (${sql.join(
                counted.map((id) => sql`${id}::uuid`),
                sql`, `,
              )}) and ${storyInView(actor, sql`s.id`)}`,
        ),
  ]);
  const visible = new Set(inView.map((row) => row.id));
  for (const row of rows) visible.add(row.story_id);
  const written = new Map(rows.map((row) => [row.story_id, Number(row.views)]));
  let local = 0;
  let others = 0;
  for (const id of visible) {
    local += recent.get(id) ?? 0;
    const all = (written.get(id) ?? 0) + (unwritten.get(id) ?? 0);
    others += Math.max(0, all - (mine.get(id) ?? 0));
  }
  const share = Math.min(1, FIVE_MINUTES / Math.max(now - hour, FIVE_MINUTES));
  return local + Math.round(others * share);
}
