// Signed share links to a story's preview (docs/product.md, "Preview"; docs/security.md, "Preview
// links"): whoever may open a story makes a link for someone outside the desk, lasting 1 hour to
// 7 days. The link carries 32 random bytes; the database keeps only their keyed hash (the same
// hashing as mailed links, lib/auth/account-links.ts). Opening it shows the working copy as it is
// then; an expired or revoked link, a withdrawn story or an unknown token shows nothing.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db';
import { previewLinks, stories, users } from '@/db/schema';
import { keyedLinkHash, LINK_TOKEN, newLinkToken } from '@/lib/auth/account-links';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { absolute } from '@/lib/site';
import { parseInput } from '@/lib/validation/parse-input';
import { storyPreview, type StoryPreview } from './preview';
import { storyInScope } from './story-scope';

/** How long a link lasts, in hours: a choice from one hour to a week. */
export const PREVIEW_LINK_HOURS = { min: 1, max: 7 * 24, default: 48 } as const;

const hash = (token: string) => keyedLinkHash('preview-link', token);

const createSchema = z.object({
  hours: z.coerce
    .number({ message: 'Choose how long the link lasts.' })
    .int('Choose a whole number of hours.')
    .min(PREVIEW_LINK_HOURS.min, 'A link lasts at least one hour.')
    .max(PREVIEW_LINK_HOURS.max, 'A link lasts at most 7 days.'),
});

/** Makes a link to the story's preview; its address (shown once) and when it stops working. */
export async function createPreviewLink(
  db: Database,
  actor: Actor,
  storyId: unknown,
  input: unknown,
): Promise<{ url: string; expiresAt: Date }> {
  const { hours } = parseInput(createSchema, input);
  return db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, storyId, {
      action: 'story.share_preview',
    });
    assertCan(actor, 'story.share_preview', scope);
    if (story.state === 'withdrawn') {
      throw new AppError('conflict', 'A withdrawn story cannot be shared.');
    }
    const token = newLinkToken();
    const [link] = await tx
      .insert(previewLinks)
      .values({
        tokenHash: hash(token),
        storyId: story.id,
        createdBy: actor.id,
        expiresAt: sql`now() + ${`${hours} hours`}::interval`,
      })
      .returning({ id: previewLinks.id, expiresAt: previewLinks.expiresAt });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.preview_link_create',
      subjectType: 'story',
      subjectId: story.id,
      newValue: { linkId: link!.id, expiresAt: link!.expiresAt.toISOString() },
    });
    return { url: absolute(`/preview/${token}`), expiresAt: link!.expiresAt };
  });
}

/** Revokes one of the story's links; nothing to do when it is already revoked. */
export async function revokePreviewLink(
  db: Database,
  actor: Actor,
  storyId: unknown,
  linkId: unknown,
): Promise<void> {
  const id = parseInput(z.string().uuid('No such link.'), linkId);
  await db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, storyId, {
      action: 'story.share_preview',
    });
    assertCan(actor, 'story.share_preview', scope);
    const revoked = await tx
      .update(previewLinks)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(previewLinks.id, id),
          eq(previewLinks.storyId, story.id),
          isNull(previewLinks.revokedAt),
        ),
      )
      .returning({ id: previewLinks.id });
    if (!revoked.length) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.preview_link_revoke',
      subjectType: 'story',
      subjectId: story.id,
      oldValue: { linkId: id },
    });
  });
}

export interface LivePreviewLink {
  id: string;
  expiresAt: Date;
  createdAt: Date;
  createdBy: string | null;
}

/** The story's links that still work, soonest to expire first. */
export async function livePreviewLinks(
  db: Database,
  actor: Actor,
  storyId: unknown,
): Promise<LivePreviewLink[]> {
  const { story, scope } = await storyInScope(db, actor, storyId);
  assertCan(actor, 'story.share_preview', scope);
  return db
    .select({
      id: previewLinks.id,
      expiresAt: previewLinks.expiresAt,
      createdAt: previewLinks.createdAt,
      createdBy: users.displayName,
    })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdBy))
    .where(
      and(
        eq(previewLinks.storyId, story.id),
        isNull(previewLinks.revokedAt),
        gt(previewLinks.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(previewLinks.expiresAt));
}

/** The story a link opens now: none when it is unknown, expired, revoked, or the story withdrawn. */
async function linkedStory(db: Database, token: string) {
  if (!LINK_TOKEN.test(token)) return null;
  const [row] = await db
    .select({ story: stories })
    .from(previewLinks)
    .innerJoin(stories, eq(stories.id, previewLinks.storyId))
    .where(
      and(
        eq(previewLinks.tokenHash, hash(token)),
        isNull(previewLinks.revokedAt),
        gt(previewLinks.expiresAt, sql`now()`),
      ),
    );
  return row && row.story.state !== 'withdrawn' ? row.story : null;
}

/** Whether a link opens anything now (the production server answers 410 when not). */
export async function previewLinkWorks(db: Database, token: string): Promise<boolean> {
  return (await linkedStory(db, token)) !== null;
}

/** What a share link shows when opened, or null when it shows nothing (410). Signed out. */
export async function openPreviewLink(db: Database, token: string): Promise<StoryPreview | null> {
  const story = await linkedStory(db, token);
  if (!story) return null;
  try {
    return await storyPreview(db, story);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}
