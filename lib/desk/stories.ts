// Stories as the desk lists them. Scope is part of every query: correspondents get only the
// stories they wrote, whatever filters are asked for.
import { and, asc, desc, eq, gte, ilike, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db';
import { queryRows } from '@/db/open';
import { sections, stories, type Priority, type StoryState } from '@/db/schema';
import { authoredBy } from '@/lib/authored-by';
import { olderThan } from '@/lib/keyset';
import { inScope } from '@/lib/services/story-scope';
import type { Actor } from '@/lib/permissions';
import { STORY_STATES } from '@/lib/workflow';

export interface DeskStoryRow {
  id: string;
  headline: string;
  state: StoryState;
  priority: Priority;
  section: string | null;
  modifiedAt: Date;
  publishAt: Date | null;
  publishedAt: Date | null;
}

const PAGE_SIZE = 50;

const columns = {
  id: stories.id,
  headline: stories.headline,
  state: stories.state,
  priority: stories.priority,
  section: sections.name,
  modifiedAt: stories.modifiedAt,
  publishAt: stories.publishAt,
  publishedAt: stories.publishedAt,
};

/** Filters from the desk's query string; anything malformed is simply not applied. */
export const deskFiltersSchema = z.object({
  state: z.enum(STORY_STATES).optional().catch(undefined),
  section: z.uuid().optional().catch(undefined),
  author: z.uuid().optional().catch(undefined),
  priority: z.enum(['flash', 'urgent', 'routine']).optional().catch(undefined),
  // Control characters (NUL above all, which PostgreSQL cannot compare) are not search words.
  q: z
    .string()
    .max(200)
    .transform((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
    .optional()
    .catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type DeskFilters = z.output<typeof deskFiltersSchema>;

function scopeOf(db: Database, actor: Actor, authorId?: string): SQL | undefined {
  return and(inScope(actor, db), authorId ? authoredBy(db, authorId) : undefined);
}

export const encodeCursor = (row: Pick<DeskStoryRow, 'modifiedAt' | 'id'>) =>
  Buffer.from(`${row.modifiedAt.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  return Number.isNaN(date.getTime()) || !z.uuid().safeParse(id).success
    ? null
    : { at: date, id: id! };
}

/** A page of stories, newest change first, keyset-paginated (no OFFSET). */
export async function deskStories(
  db: Database,
  actor: Actor,
  filters: DeskFilters = {},
): Promise<{ rows: DeskStoryRow[]; next: string | null }> {
  const cursor = decodeCursor(filters.after);
  const escaped = filters.q?.replace(/[\\%_]/g, (char) => `\\${char}`);
  const rows = await db
    .select(columns)
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(
      and(
        scopeOf(db, actor, filters.author),
        filters.state ? eq(stories.state, filters.state) : undefined,
        filters.section ? eq(stories.sectionId, filters.section) : undefined,
        filters.priority ? eq(stories.priority, filters.priority) : undefined,
        escaped ? ilike(stories.headline, `%${escaped}%`) : undefined,
        cursor ? olderThan(stories.modifiedAt, stories.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(stories.modifiedAt), desc(stories.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, next: rows.length > PAGE_SIZE ? encodeCursor(page.at(-1)!) : null };
}

/** The editors' panels: the review queue (oldest first), what is scheduled, what went out today. */
export async function deskQueues(db: Database) {
  const timeZone = process.env.NEWSROOM_TIME_ZONE || 'UTC';
  const base = () =>
    db.select(columns).from(stories).leftJoin(sections, eq(sections.id, stories.sectionId));
  const [review, scheduled, today, [clock]] = await Promise.all([
    base().where(eq(stories.state, 'submitted')).orderBy(asc(stories.modifiedAt)).limit(50),
    base().where(eq(stories.state, 'scheduled')).orderBy(asc(stories.publishAt)).limit(50),
    base()
      .where(
        and(
          eq(stories.state, 'published'),
          gte(
            stories.publishedAt,
            sql`date_trunc('day', now() at time zone ${timeZone}) at time zone ${timeZone}`,
          ),
        ),
      )
      .orderBy(desc(stories.publishedAt))
      .limit(50),
    queryRows<{ now: Date | string }>(db, sql`select now() as now`),
  ]);
  // Ages in the review queue are measured on the database's clock.
  return { review, scheduled, today, now: new Date(clock!.now).getTime() };
}
