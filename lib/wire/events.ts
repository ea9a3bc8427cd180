// The wire's outbox (docs/wire.md): a workflow step that changes what partners may print writes
// its event here, in its own transaction, with one delivery row per partner whose webhook takes
// it. Nothing is sent from inside the transaction; the worker (worker.ts) sends committed rows.
//
// Event numbers come from one counter row updated in the same transaction (`wire_clock`): its row
// lock is held until commit, so the next transaction gets the next number only after this one
// has committed or rolled back. Numbers are therefore visible in order and without gaps, and the
// API's cursor (`seq > after`) can neither skip nor repeat an event (ARCHITECTURE.md, "The wire").
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { queryRows } from '@/db/open';
import { sections, stories, wireEvents } from '@/db/schema';
import type { Transition } from '@/lib/workflow';
import { buildItem } from './item';

export type WireEventType = 'story.published' | 'story.updated' | 'story.withdrawn';

/** How long a delivery is retried before it is marked failed. */
export const DELIVERY_WINDOW_HOURS = 24;

interface Plan {
  type: WireEventType;
  canceled: boolean;
  embargoOnly: boolean;
  useWorking: boolean;
}

async function planOf(tx: Executor, storyId: string, transition: Transition): Promise<Plan | null> {
  const published = { canceled: false, embargoOnly: false, useWorking: false };
  switch (transition) {
    case 'publish':
    case 'republish':
      return { type: 'story.published', ...published };
    case 'publish_update':
      return { type: 'story.updated', ...published };
    case 'withdraw':
      return { type: 'story.withdrawn', ...published, canceled: true };
    case 'schedule':
      return { type: 'story.published', ...published, embargoOnly: true, useWorking: true };
    case 'unschedule': {
      // Partners that took it under embargo must hear that it is not coming.
      const [last] = await tx
        .select({ pubstatus: sql<string>`${wireEvents.item} ->> 'pubstatus'` })
        .from(wireEvents)
        .where(eq(wireEvents.storyId, storyId))
        .orderBy(desc(wireEvents.seq))
        .limit(1);
      if (last?.pubstatus !== 'usable') return null;
      return { type: 'story.withdrawn', canceled: true, embargoOnly: true, useWorking: true };
    }
    default:
      return null;
  }
}

/** Records the wire event of a workflow step, if it makes one; call inside its transaction. */
export async function recordWireEvent(
  tx: Executor,
  storyId: string,
  transition: Transition,
  input: { correction?: string; reason?: string },
): Promise<void> {
  const plan = await planOf(tx, storyId, transition);
  if (!plan) return;
  const [story] = await tx.select().from(stories).where(eq(stories.id, storyId));
  const revisionId = plan.useWorking ? story?.workingRevisionId : story?.publishedRevisionId;
  if (!story || !revisionId) return;
  const [facts] = await queryRows<{ now: Date | string; version: number }>(
    tx,
    sql`select now() as now,
          (select coalesce(max(version), 0)::int + 1 from wire_events where story_id = ${storyId}) as version`,
  );
  const correction = transition === 'publish_update' && input.correction ? input.correction : null;
  const ednote =
    correction !== null
      ? `Correction: ${correction}`
      : plan.canceled
        ? `Withdrawn${input.reason ? `: ${input.reason}` : '.'}`
        : null;
  let version = facts!.version;
  const source = await buildItem(tx, storyId, {
    version,
    canceled: plan.canceled,
    revisionId,
    ednote,
    embargoedUntil: plan.embargoOnly && !plan.canceled ? story.publishAt : null,
    now: new Date(facts!.now),
  });
  // A story moved out of a section: partners that take the old section and not the new one had
  // it and will not hear of it again, so they are told that it is withdrawn for them, first.
  if (!plan.canceled) {
    const moved = await movedOutOf(tx, storyId, source.sectionId);
    if (moved) {
      await writeEvent(tx, {
        storyId,
        type: 'story.withdrawn',
        version,
        embargoOnly: moved.embargoOnly,
        sectionId: moved.sectionId,
        item: {
          ...moved.item,
          version: String(version),
          versioncreated: new Date(facts!.now).toISOString(),
          pubstatus: 'canceled',
          ednote: `Moved out of ${moved.sectionName}.`,
        },
        body: moved.body,
        bodyHtml: moved.bodyHtml,
        movedTo: source.sectionId,
      });
      version++;
      source.item.version = String(version);
    }
  }
  await writeEvent(tx, {
    storyId,
    type: plan.type,
    version,
    correction: correction !== null,
    embargoOnly: plan.embargoOnly,
    sectionId: source.sectionId,
    item: source.item,
    body: source.body,
  });
}

type EventRow = typeof wireEvents.$inferInsert;

/** The story's last event, when it was usable in a section other than `sectionId`. */
async function movedOutOf(tx: Executor, storyId: string, sectionId: string | null) {
  const [last] = await tx
    .select({
      sectionId: wireEvents.sectionId,
      sectionName: sections.name,
      embargoOnly: wireEvents.embargoOnly,
      item: wireEvents.item,
      body: wireEvents.body,
      bodyHtml: wireEvents.bodyHtml,
    })
    .from(wireEvents)
    .leftJoin(sections, eq(sections.id, wireEvents.sectionId))
    .where(eq(wireEvents.storyId, storyId))
    .orderBy(desc(wireEvents.seq))
    .limit(1);
  if (!last?.sectionId || last.sectionId === sectionId || last.item.pubstatus !== 'usable') {
    return null;
  }
  return { ...last, sectionId: last.sectionId, sectionName: last.sectionName ?? 'its section' };
}

/**
 * Writes one event with its number from the counter, and a delivery for each partner whose
 * webhook takes it. A withdrawal for a story that moved (`movedTo`, its new section) goes only to
 * partners that chose sections and do not take the new one.
 */
async function writeEvent(
  tx: Executor,
  event: Omit<EventRow, 'seq'> & { movedTo?: string | null },
): Promise<void> {
  const { movedTo, ...row } = event;
  // Last, so the counter's row lock is held for the shortest time: until this commit.
  const [clock] = await queryRows<{ seq: number | string }>(
    tx,
    sql`insert into wire_clock as c (id, seq) values (1, 1)
        on conflict (id) do update set seq = c.seq + 1 returning seq`,
  );
  const seq = Number(clock!.seq);
  await tx.insert(wireEvents).values({ ...row, seq });
  const moved = movedTo !== undefined;
  const to = movedTo ?? null;
  await tx.execute(
    sql`insert into wire_deliveries (partner_id, event_seq, story_id, give_up_at)
        select p.id, ${seq}, ${row.storyId}::uuid, now() + ${`${DELIVERY_WINDOW_HOURS} hours`}::interval
        from wire_partners p
        where p.webhook_url is not null and p.revoked_at is null
          and (${!row.embargoOnly} or p.receives_embargoed)
          and (p.section_ids is null or ${row.sectionId ?? null}::uuid = any(p.section_ids))
          and (${!moved} or (p.section_ids is not null
                             and (${to}::uuid is null or not ${to}::uuid = any(p.section_ids))))`,
  );
}
