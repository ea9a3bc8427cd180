// The front page as editors arrange it (docs/product.md, "The front page"), and the breaking-news
// strip. Saving an arrangement is one transaction: the version named by the desk is checked and
// bumped (a stale one is a conflict, so two editors saving at once never overwrite each other
// unseen), the slots are replaced, the change is audited with both arrangements, and the front's
// page-cache tag is invalidated through the outbox as a publication's are. The strip is on every
// public page, so setting or clearing it invalidates them all (the site tag).
import { and, desc, eq, ilike, inArray, lte, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { frontPage, frontSlots, sections, settings, stories } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { checkBreaking, pinExpiry, TOP_STORIES, type BreakingNews } from '@/lib/front/rules';
import { timeZone } from '@/lib/dates';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { FRONT_TAG, SITE_TAG, everyLanguage } from '@/lib/page-cache/tags';
import { assertCan, type Actor } from '@/lib/permissions';
import { BREAKING_SETTING, breakingNews, frontStories } from '@/lib/public/front';
import { isListed } from '@/lib/public/stories';
import { arrangementSchema } from '@/lib/validation/front';
import { parseInput } from '@/lib/validation/parse-input';

const FRONT_ID = 'front';

export interface DeskSlot {
  storyId: string;
  headline: string;
  section: string | null;
  publishedAt: Date | null;
  /** False once the story was withdrawn: it has left the front page. */
  live: boolean;
  pinnedUntil: Date | null;
}

export interface DeskFront {
  version: number;
  updatedAt: Date | null;
  lead: DeskSlot | null;
  /** Slots 1 to TOP_STORIES; null where the newest story fills the slot. */
  top: (DeskSlot | null)[];
  breaking: BreakingNews | null;
  /** What readers see in each slot now (0 the lead): the headline, or null for nothing. */
  showing: (string | null)[];
}

/** A story the desk may put on the front: published and public. */
export interface FrontCandidate {
  storyId: string;
  headline: string;
  section: string | null;
  publishedAt: Date | null;
}

async function slotsOf(db: Executor) {
  return db
    .select({
      position: frontSlots.position,
      storyId: frontSlots.storyId,
      pinnedUntil: frontSlots.pinnedUntil,
      headline: stories.headline,
      section: sections.name,
      publishedAt: stories.publishedAt,
      live: sql<boolean>`${isListed}`.mapWith(Boolean),
    })
    .from(frontSlots)
    .innerJoin(stories, eq(stories.id, frontSlots.storyId))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .orderBy(frontSlots.position);
}

/** The arrangement as the desk shows it, with the strip. */
export async function loadFront(db: Database, actor: Actor): Promise<DeskFront> {
  assertCan(actor, 'front.curate');
  const [[row], slots, breaking, shown] = await Promise.all([
    db.select().from(frontPage).where(eq(frontPage.id, FRONT_ID)),
    slotsOf(db),
    breakingNews(db),
    frontStories(db),
  ]);
  const desk = (slot: (typeof slots)[number]): DeskSlot => ({
    storyId: slot.storyId,
    headline: slot.headline,
    section: slot.section,
    publishedAt: slot.publishedAt,
    live: slot.live,
    pinnedUntil: slot.pinnedUntil,
  });
  const lead = slots.find((slot) => slot.position === 0);
  return {
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    lead: lead ? desk(lead) : null,
    top: Array.from({ length: TOP_STORIES }, (_, index) => {
      const slot = slots.find((s) => s.position === index + 1);
      return slot ? desk(slot) : null;
    }),
    breaking,
    showing: Array.from({ length: TOP_STORIES + 1 }, (_, index) => {
      const story = index === 0 ? shown.lead : shown.top[index - 1];
      return story?.headline ?? null;
    }),
  };
}

/** Published stories whose headline holds `query` (the newest when empty), for the desk to add. */
export async function searchFrontCandidates(
  db: Database,
  actor: Actor,
  query: string,
): Promise<FrontCandidate[]> {
  assertCan(actor, 'front.curate');
  const words = query
    .trim()
    .slice(0, 200)
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select({
      storyId: stories.id,
      headline: stories.headline,
      section: sections.name,
      publishedAt: stories.publishedAt,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(isListed, words ? ilike(stories.headline, `%${words}%`) : undefined))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(10);
}

/** A save the desk made over a newer arrangement: it carries the one saved meanwhile. */
export class FrontConflict extends AppError {
  constructor(readonly current: DeskFront) {
    super(
      'conflict',
      'Another editor saved the front page after you opened it. Their arrangement is shown ' +
        'beside yours: keep yours to save it over theirs, or take theirs.',
    );
  }
}

/**
 * Saves an arrangement over the version the desk loaded; returns the new version and the
 * invalidation to apply. Throws FrontConflict when someone saved in between.
 */
export async function saveFront(
  db: Database,
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<{ version: number; invalidation: Invalidation }> {
  assertCan(actor, 'front.curate');
  const arrangement = parseInput(arrangementSchema, input);
  const wanted = [
    ...(arrangement.lead ? [{ position: 0, ...arrangement.lead }] : []),
    ...arrangement.top.flatMap((slot, index) => (slot ? [{ position: index + 1, ...slot }] : [])),
  ];
  const ids = wanted.map((slot) => slot.storyId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('invalid', 'A story can take one place on the front page only.');
  }

  const result = await db.transaction(async (tx) => {
    const found = ids.length
      ? await tx
          .select({
            id: stories.id,
            headline: stories.headline,
            live: sql<boolean>`${isListed}`.mapWith(Boolean),
          })
          .from(stories)
          .where(inArray(stories.id, ids))
      : [];
    const byId = new Map(found.map((story) => [story.id, story]));
    const rows = wanted.map((slot) => {
      const story = byId.get(slot.storyId);
      if (!story) throw new AppError('invalid', 'One of the stories no longer exists.');
      if (!story.live) {
        throw new AppError(
          'invalid',
          `“${story.headline}” is not published, so it cannot be on the front page.`,
        );
      }
      return {
        position: slot.position,
        storyId: slot.storyId,
        pinnedUntil: pinExpiry(slot.until, now, timeZone(), story.headline),
      };
    });

    await tx.insert(frontPage).values({ id: FRONT_ID }).onConflictDoNothing();
    // The version check and the bump in one statement: of two saves over the same version, the
    // second waits for the first's row lock, then matches nothing.
    const [bumped] = await tx
      .update(frontPage)
      .set({ version: sql`${frontPage.version} + 1`, updatedAt: now, updatedBy: actor.id })
      .where(and(eq(frontPage.id, FRONT_ID), eq(frontPage.version, arrangement.version)))
      .returning({ version: frontPage.version });
    if (!bumped) return null;

    const before = await tx.select().from(frontSlots).orderBy(frontSlots.position);
    await tx.delete(frontSlots);
    if (rows.length) await tx.insert(frontSlots).values(rows);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'front.arrange',
      subjectType: 'front',
      subjectId: FRONT_ID,
      oldValue: { version: arrangement.version, slots: before },
      newValue: { version: bumped.version, slots: rows },
    });
    const invalidation = await recordInvalidation(tx, everyLanguage(FRONT_TAG));
    return { version: bumped.version, invalidation };
  });
  if (!result) throw new FrontConflict(await loadFront(db, actor));
  return result;
}

/**
 * Takes off the front the pins that ran out (the scheduler loop, every second); answers the
 * invalidation to apply, or null when none did. Readers' pages never show a pin past its time
 * (lib/public/front.ts reads only live pins); this drops the pages that still do.
 */
export async function expireFrontPins(
  db: Database,
  now = new Date(),
): Promise<Invalidation | null> {
  return db.transaction(async (tx) => {
    const expired = await tx.delete(frontSlots).where(lte(frontSlots.pinnedUntil, now)).returning();
    if (expired.length === 0) return null;
    await recordAudit(tx, {
      actorId: null,
      action: 'front.pin_expire',
      subjectType: 'front',
      subjectId: FRONT_ID,
      oldValue: { slots: expired },
    });
    return recordInvalidation(tx, everyLanguage(FRONT_TAG));
  });
}

/** Sets the breaking-news strip over every public page. */
export async function setBreakingNews(
  db: Database,
  actor: Actor,
  input: { text?: unknown; url?: unknown },
): Promise<Invalidation> {
  assertCan(actor, 'front.curate');
  const strip = checkBreaking(input);
  return db.transaction(async (tx) => {
    const before = await breakingNews(tx);
    await tx
      .insert(settings)
      .values({ key: BREAKING_SETTING, value: strip })
      .onConflictDoUpdate({ target: settings.key, set: { value: strip, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'breaking.set',
      subjectType: 'front',
      subjectId: BREAKING_SETTING,
      oldValue: before,
      newValue: strip,
    });
    return recordInvalidation(tx, [SITE_TAG]);
  });
}

/** Clears the strip; answers null when there was none. */
export async function clearBreakingNews(db: Database, actor: Actor): Promise<Invalidation | null> {
  assertCan(actor, 'front.curate');
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(settings)
      .where(eq(settings.key, BREAKING_SETTING))
      .returning({ value: settings.value });
    if (!removed) return null;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'breaking.clear',
      subjectType: 'front',
      subjectId: BREAKING_SETTING,
      oldValue: removed.value,
    });
    return recordInvalidation(tx, [SITE_TAG]);
  });
}
