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
  items: NinjsItem[];
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

const columns = {
  seq: wireEvents.seq,
  item: wireEvents.item,
  body: wireEvents.body,
  rendered: sql<boolean>`${wireEvents.bodyHtml} is not null`,
};

type Row = { seq: number; item: NinjsItem; body: StoryBody; rendered: boolean };

/** Adds `bodies` to events not yet rendered, and keeps them. */
export async function withBodies(db: Database, rows: Row[]): Promise<NinjsItem[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (row.rendered) return row.item;
      const render = bodyRenderer();
      if (!render) throw new Error('No wire body renderer is registered in this process.');
      const bodies = await render(db, row.body);
      const item = { ...row.item, bodies };
      await db
        .update(wireEvents)
        .set({ item, bodyHtml: bodies[0]!.value })
        .where(and(eq(wireEvents.seq, row.seq), isNull(wireEvents.bodyHtml)));
      return item;
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
  return {
    items: await withBodies(db, rows),
    next: String(rows.at(-1)?.seq ?? after),
  };
}

/** The current version of one story as this partner may see it, or null. */
export async function currentItem(
  db: Database,
  partner: Visible,
  storyId: string,
): Promise<NinjsItem | null> {
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

/** One event's item with its body, for a webhook delivery (the delivery row says who gets it). */
export async function itemOfEvent(db: Database, seq: number): Promise<NinjsItem | null> {
  const rows = await db.select(columns).from(wireEvents).where(eq(wireEvents.seq, seq));
  if (!rows.length) return null;
  const [item] = await withBodies(db, rows);
  return item!;
}
