// Merging one tag into another (docs/product.md, "Sections and tags"): its stories, its former
// addresses and every revision that names it pass to the tag it joins, in one audited
// transaction; its own address then redirects there.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { revisions, storyTags, tagRedirects, tags } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { checkId, invalid, invalidate, manage, type TaxonomyChange } from './taxonomy';

/**
 * Merges one tag into another: its stories (published and working copies) carry the other tag
 * instead, its address and former addresses answer 308 to the other's, and it is removed.
 */
export async function mergeTags(
  db: Database,
  actor: Actor,
  input: { sourceId?: unknown; targetId?: unknown },
): Promise<TaxonomyChange> {
  manage(actor, 'tag');
  return db.transaction(async (tx) => {
    const [sourceId, targetId] = [checkId(input.sourceId), checkId(input.targetId)];
    if (sourceId === targetId) invalid('targetId', 'Choose another tag to merge into.');
    // Both locked, in id order, so two merges of the same pair cannot deadlock.
    const locked = await tx
      .select()
      .from(tags)
      .where(inArray(tags.id, [sourceId, targetId]))
      .orderBy(asc(tags.id))
      .for('update');
    const source = locked.find((row) => row.id === sourceId);
    const target = locked.find((row) => row.id === targetId);
    if (!source || !target) throw new AppError('not_found', 'No such tag.');
    // Pages showing either tag, read before the stories move.
    const invalidation = await invalidate(
      tx,
      'tag',
      [source.id, target.id],
      [source.slug, target.slug],
    );
    await tx.execute(sql`
      insert into story_tags (story_id, tag_id)
      select story_id, ${target.id}::uuid from story_tags where tag_id = ${source.id}::uuid
      on conflict do nothing`);
    await tx.delete(storyTags).where(eq(storyTags.tagId, source.id));
    // Every revision naming the tag names the other instead, once: a working copy published
    // later, or a revision restored, carries the tag that still exists.
    await tx
      .update(revisions)
      .set({
        meta: sql`jsonb_set(${revisions.meta}, '{tagIds}', (
          select coalesce(jsonb_agg(id order by first), '[]'::jsonb) from (
            select id, min(n) as first from (
              select case when value = ${source.id} then ${target.id} else value end as id, n
              from jsonb_array_elements_text(${revisions.meta} -> 'tagIds') with ordinality as e(value, n)
            ) renamed group by id
          ) ids))`,
      })
      .where(sql`${revisions.meta} -> 'tagIds' ? ${source.id}`);
    await tx
      .update(tagRedirects)
      .set({ tagId: target.id })
      .where(eq(tagRedirects.tagId, source.id));
    await tx.delete(tags).where(eq(tags.id, source.id));
    await tx.insert(tagRedirects).values({ fromSlug: source.slug, tagId: target.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.merge',
      subjectType: 'tag',
      subjectId: target.id,
      oldValue: { id: source.id, name: source.name, slug: source.slug },
      newValue: { id: target.id, name: target.name, slug: target.slug },
    });
    return { id: target.id, name: target.name, slug: target.slug, invalidation };
  });
}
