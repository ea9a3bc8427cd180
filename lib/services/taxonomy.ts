// Sections and tags (docs/product.md, "Sections and tags"): create, rename, change the address,
// merge tags, retire. Admins manage sections, editors tags; anyone who may edit a story may create
// a tag from its editor. Every change is one audited transaction; a changed or merged address
// keeps answering with a 308 to the current one (section_redirects, tag_redirects), and the pages
// that show the name are invalidated through the outbox (lib/page-cache/invalidation.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { isUniqueViolation } from '@/db/errors';
import { sectionRedirects, sections, tagRedirects, tags } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { sectionChangeTags, tagChangeTags } from '@/lib/page-cache/tags';
import { assertCan, type Actor } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import { siteLanguages } from '@/lib/languages';
import {
  checkLocalNames,
  cleanName,
  nameKey,
  nameProblem,
  slugProblem,
  type LocalNames,
} from '@/lib/taxonomy';
import { storyInScope } from './story-scope';

export type Kind = 'tag' | 'section';

export const TABLE = {
  tag: { table: tags, redirects: tagRedirects, owner: tagRedirects.tagId },
  section: { table: sections, redirects: sectionRedirects, owner: sectionRedirects.sectionId },
} as const;

export function invalid(field: string, message: string): never {
  throw new AppError('invalid', message, { [field]: message });
}

function checkName(kind: Kind, name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  const problem = nameProblem(text, kind);
  if (problem) invalid('name', problem);
  return cleanName(text);
}

function checkSlug(slug: unknown): string {
  const text = typeof slug === 'string' ? slug.trim() : '';
  const problem = slugProblem(text);
  if (problem) invalid('slug', problem);
  return text;
}

export function checkId(id: unknown): string {
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError('not_found', 'No such section or tag.');
  }
  return id;
}

const kindWord = (kind: Kind) => (kind === 'tag' ? 'tag' : 'section');

/** Another row of this kind with the same name, regardless of case and spacing. */
async function assertNameFree(tx: Executor, kind: Kind, name: string, except: string | null) {
  const { table } = TABLE[kind];
  const [other] = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(sql`lower(regexp_replace(btrim(${table.name}), '\\s+', ' ', 'g')) = ${nameKey(name)}`);
  if (other && other.id !== except) {
    invalid('name', `There is already a ${kindWord(kind)} named “${other.name}”.`);
  }
}

/** Whether an address is another row's, now or as a redirect. */
async function assertSlugFree(tx: Executor, kind: Kind, slug: string, except: string | null) {
  const { table, redirects, owner } = TABLE[kind];
  const [current] = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug));
  const [moved] = await tx
    .select({ id: owner })
    .from(redirects)
    .where(eq(redirects.fromSlug, slug));
  if ((current && current.id !== except) || (moved && moved.id !== except)) {
    invalid('slug', `Another ${kindWord(kind)} uses /${kind}/${slug}, or did.`);
  }
}

/** `base`, or `base-2`…, that no row of this kind uses or used. */
async function freeSlug(tx: Executor, kind: Kind, base: string): Promise<string> {
  const { table, redirects } = TABLE[kind];
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    const [a] = await tx.select({ id: table.id }).from(table).where(eq(table.slug, candidate));
    const [b] = await tx
      .select({ slug: redirects.fromSlug })
      .from(redirects)
      .where(eq(redirects.fromSlug, candidate));
    if (!a && !b) return candidate;
  }
  return `${base.slice(0, 70)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A unique index refusing a racing twin is the same refusal as the check before it. */
async function unique<T>(kind: Kind, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      invalid('name', `That ${kindWord(kind)} was just created by someone else; pick it instead.`);
    }
    throw error;
  }
}

async function lockRow(tx: Executor, kind: Kind, id: unknown) {
  const { table } = TABLE[kind];
  const [row] = await tx
    .select()
    .from(table)
    .where(eq(table.id, checkId(id)))
    .for('update');
  if (!row) throw new AppError('not_found', `No such ${kindWord(kind)}.`);
  return row;
}

export const manage = (actor: Actor, kind: Kind, id?: string) =>
  assertCan(actor, kind === 'tag' ? 'taxonomy.manage' : 'sections.manage', id);

export async function invalidate(tx: Executor, kind: Kind, ids: string[], slugs: string[]) {
  const names = kind === 'tag' ? await tagChangeTags(tx, ids, slugs) : sectionChangeTags(slugs);
  return recordInvalidation(tx, names);
}

export interface TaxonomyChange {
  id: string;
  name: string;
  slug: string;
  invalidation: Invalidation | null;
}

/**
 * Creates a section or tag. A tag may be created from a story's editor (`storyId`) by anyone who
 * may edit that story; otherwise it takes the right to manage them.
 */
export async function createTaxonomy(
  db: Database,
  actor: Actor,
  kind: Kind,
  input: { name?: unknown; slug?: unknown; storyId?: unknown },
): Promise<TaxonomyChange> {
  return unique(kind, () =>
    db.transaction(async (tx) => {
      if (kind === 'tag' && input.storyId !== undefined) {
        const { scope } = await storyInScope(tx, actor, input.storyId);
        assertCan(actor, 'story.edit', scope);
      } else {
        manage(actor, kind);
      }
      const name = checkName(kind, input.name);
      await assertNameFree(tx, kind, name, null);
      let slug: string;
      if (typeof input.slug === 'string' && input.slug.trim()) {
        slug = checkSlug(input.slug);
        await assertSlugFree(tx, kind, slug, null);
      } else {
        slug = await freeSlug(tx, kind, slugify(name));
      }
      const { table } = TABLE[kind];
      const position =
        kind === 'section' ? sql`(select coalesce(max(position), 0) + 1 from sections)` : undefined;
      const [row] = await tx
        .insert(table)
        .values({ name, slug, ...(position ? { position } : {}) })
        .returning({ id: table.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: `${kind}.create`,
        subjectType: kind,
        subjectId: row!.id,
        newValue: { name, slug },
      });
      // A new tag is on no page yet; a new section is in every page's menu.
      const invalidation = kind === 'section' ? await invalidate(tx, kind, [], [slug]) : null;
      return { id: row!.id, name, slug, invalidation };
    }),
  );
}

/** A new name; its address stays. */
export async function renameTaxonomy(
  db: Database,
  actor: Actor,
  kind: Kind,
  input: { id?: unknown; name?: unknown },
): Promise<TaxonomyChange> {
  manage(actor, kind);
  return unique(kind, () =>
    db.transaction(async (tx) => {
      const row = await lockRow(tx, kind, input.id);
      const name = checkName(kind, input.name);
      await assertNameFree(tx, kind, name, row.id);
      const { table } = TABLE[kind];
      await tx.update(table).set({ name }).where(eq(table.id, row.id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: `${kind}.rename`,
        subjectType: kind,
        subjectId: row.id,
        oldValue: { name: row.name },
        newValue: { name },
      });
      const invalidation = await invalidate(tx, kind, [row.id], [row.slug]);
      return { id: row.id, name, slug: row.slug, invalidation };
    }),
  );
}

/**
 * Its names in the site's other languages (`{ ru: "…", az: "…" }`): each follows the rules of a
 * name; an empty one is removed, so the default name shows in that language (localName). Names
 * in other languages are not held unique: two tags may share a translation.
 */
export async function setLocalNames(
  db: Database,
  actor: Actor,
  kind: Kind,
  input: { id?: unknown; names?: unknown },
): Promise<TaxonomyChange & { names: LocalNames }> {
  manage(actor, kind);
  const site = siteLanguages();
  const others = site.all.filter((code) => code !== site.default);
  const raw =
    input.names && typeof input.names === 'object' ? (input.names as Record<string, unknown>) : {};
  const { names, problems } = checkLocalNames(raw, others, kind);
  const wrong = Object.entries(problems);
  if (wrong.length > 0) {
    throw new AppError(
      'invalid',
      wrong[0]![1],
      Object.fromEntries(wrong.map(([code, problem]) => [`name_${code}`, problem])),
    );
  }
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, kind, input.id);
    // Names of languages the site no longer publishes in are kept, not lost with a save.
    const kept = Object.fromEntries(
      Object.entries(row.names).filter(([code]) => !others.includes(code as never)),
    );
    const next: LocalNames = { ...kept, ...names };
    const { table } = TABLE[kind];
    await tx.update(table).set({ names: next }).where(eq(table.id, row.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.names`,
      subjectType: kind,
      subjectId: row.id,
      oldValue: { names: row.names },
      newValue: { names: next },
    });
    const invalidation = await invalidate(tx, kind, [row.id], [row.slug]);
    return { id: row.id, name: row.name, slug: row.slug, names: next, invalidation };
  });
}

/** A new address; the old one answers 308 to it, and so do the addresses it had before. */
export async function moveTaxonomy(
  db: Database,
  actor: Actor,
  kind: Kind,
  input: { id?: unknown; slug?: unknown },
): Promise<TaxonomyChange> {
  manage(actor, kind);
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, kind, input.id);
    const slug = checkSlug(input.slug);
    if (slug === row.slug) return { id: row.id, name: row.name, slug, invalidation: null };
    await assertSlugFree(tx, kind, slug, row.id);
    const { table, redirects, owner } = TABLE[kind];
    // Going back to an address it had: that address is its own again, not a redirect.
    await tx.delete(redirects).where(and(eq(redirects.fromSlug, slug), eq(owner, row.id)));
    await tx.update(table).set({ slug }).where(eq(table.id, row.id));
    if (kind === 'tag') {
      await tx.insert(tagRedirects).values({ fromSlug: row.slug, tagId: row.id });
    } else {
      await tx.insert(sectionRedirects).values({ fromSlug: row.slug, sectionId: row.id });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.move`,
      subjectType: kind,
      subjectId: row.id,
      oldValue: { slug: row.slug },
      newValue: { slug },
    });
    const invalidation = await invalidate(tx, kind, [row.id], [row.slug, slug]);
    return { id: row.id, name: row.name, slug, invalidation };
  });
}

/** Retires a section or tag (no longer offered for stories), or brings it back. */
export async function retireTaxonomy(
  db: Database,
  actor: Actor,
  kind: Kind,
  input: { id?: unknown; retired?: unknown },
): Promise<TaxonomyChange> {
  manage(actor, kind);
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, kind, input.id);
    const retired = input.retired === true;
    const { table } = TABLE[kind];
    await tx
      .update(table)
      .set({ retiredAt: retired ? sql`now()` : null })
      .where(eq(table.id, row.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.${retired ? 'retire' : 'restore'}`,
      subjectType: kind,
      subjectId: row.id,
    });
    return { id: row.id, name: row.name, slug: row.slug, invalidation: null };
  });
}
