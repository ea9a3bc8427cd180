// What a partner reads from the wire API: events in the order of the wire's counter (events.ts),
// filtered to the partner's sections and, unless it takes embargoes, to what is public. An
// event's body is rendered the first time anyone needs it and kept with the event.
import { and, asc, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db';
import { wireEvents } from '@/db/schema';
import type { PartnerAccess } from './access';
import type { StoryBody } from '@/lib/story-body';
import type { NinjsItem } from './item';
import { bodyRenderer } from './body-renderer';

export interface ItemPage {
  /** Each item as JSON text, as stored: a page is sent without parsing and writing it again. */
  items: string[];
  /** The cursor to ask with next (`after`): the last event of this page, or the one asked with. */
  next: string;
}

type Visible = Pick<PartnerAccess, 'sectionIds' | 'receivesEmbargoed'>;

function visibleTo(partner: Visible): SQL | undefined {
  return and(
    partner.receivesEmbargoed ? undefined : eq(wireEvents.embargoOnly, false),
    partner.sectionIds === null
      ? undefined
      : partner.sectionIds.length
        ? inArray(wireEvents.sectionId, partner.sectionIds)
        : sql`false`,
  );
}

// The body's JSON is read only while the event has not been rendered yet.
const columns = {
  seq: wireEvents.seq,
  item: sql<string>`${wireEvents.item}::text`,
  body: sql<StoryBody | null>`case when ${wireEvents.bodyHtml} is null then ${wireEvents.body} end`,
};

type Row = { seq: number; item: string; body: StoryBody | null };

/** The items' JSON, adding `bodies` to events not yet rendered, and keeping them. */
async function withBodies(db: Database, rows: Row[]): Promise<string[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (row.body === null) return row.item;
      const render = bodyRenderer();
      if (!render) throw new Error('No wire body renderer is registered in this process.');
      const bodies = await render(db, row.body);
      const item = { ...(JSON.parse(row.item) as NinjsItem), bodies };
      await db
        .update(wireEvents)
        .set({ item, bodyHtml: bodies[0]!.value })
        .where(and(eq(wireEvents.seq, row.seq), isNull(wireEvents.bodyHtml)));
      return JSON.stringify(item);
    }),
  );
}

export async function listItems(
  db: Database,
  partner: Visible,
  after: number,
  limit: number,
): Promise<ItemPage> {
  const rows = await db
    .select(columns)
    .from(wireEvents)
    .where(and(gt(wireEvents.seq, after), visibleTo(partner)))
    .orderBy(asc(wireEvents.seq))
    .limit(limit);
  return { items: await withBodies(db, rows), next: String(rows.at(-1)?.seq ?? after) };
}

/** The current version of one story as this partner may see it, as JSON, or null. */
export async function currentItem(
  db: Database,
  partner: Visible,
  storyId: string,
): Promise<string | null> {
  const rows = await db
    .select(columns)
    .from(wireEvents)
    .where(and(eq(wireEvents.storyId, storyId), visibleTo(partner)))
    .orderBy(desc(wireEvents.seq))
    .limit(1);
  if (!rows.length) return null;
  const [item] = await withBodies(db, rows);
  return item!;
}

/** One event's item with its body, as JSON, for a webhook delivery. */
export async function itemOfEvent(db: Database, seq: number): Promise<string | null> {
  const rows = await db.select(columns).from(wireEvents).where(eq(wireEvents.seq, seq));
  if (!rows.length) return null;
  const [item] = await withBodies(db, rows);
  return item!;
}
