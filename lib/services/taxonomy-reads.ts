// What the desk and the editor read of sections and tags: the desk's lists, the editor's tag
// picker (bench/tags.ts times it), and a tag found by its name. The changes are in taxonomy.ts.
import { and, asc, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { sections, tags } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { nameKey, type LocalNames } from '@/lib/taxonomy';
import { invalid, manage, TABLE, type Kind } from './taxonomy';

export interface TaxonomyRow {
  id: string;
  name: string;
  /** Its names in the site's other languages. */
  names: LocalNames;
  slug: string;
  retired: boolean;
  stories: number;
  formerSlugs: string[];
}

/** The desk's list: every section, or the tags matching `q` (all when empty), by name. */
export async function listTaxonomy(
  db: Database,
  actor: Actor,
  kind: Kind,
  q = '',
  limit = 200,
): Promise<TaxonomyRow[]> {
  manage(actor, kind);
  const { table, redirects, owner } = TABLE[kind];
  const key = nameKey(q);
  // Qualified by hand: in a one-table select Drizzle writes a column without its table, and an
  // unqualified "id" inside the subquery would be the story's own id.
  const count =
    kind === 'tag'
      ? sql<number>`(select count(*)::int from story_tags st where st.tag_id = "tags"."id")`
      : sql<number>`(select count(*)::int from stories s where s.section_id = "sections"."id")`;
  const rows = await db
    .select({
      id: table.id,
      name: table.name,
      names: table.names,
      slug: table.slug,
      retiredAt: table.retiredAt,
      stories: count,
      formerSlugs: sql<
        string[]
      >`coalesce((select array_agg(from_slug order by from_slug) from ${redirects} where ${owner} = ${table.id}), '{}')`,
    })
    .from(table)
    .where(key ? sql`lower(${table.name}) like ${`%${escapeLike(key)}%`}` : undefined)
    .orderBy(kind === 'section' ? asc(sections.position) : asc(sql`lower(${tags.name})`))
    .limit(limit);
  return rows.map(({ retiredAt, ...row }) => ({ ...row, retired: retiredAt !== null }));
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface TagMatch {
  id: string;
  name: string;
}

/**
 * The editor's tag picker: live tags whose name contains `q`, those starting with it first, then
 * by name. Any member of staff may search; `exact` says whether a tag has exactly that name, so
 * the picker offers "Create tag …" only when there is none.
 */
export async function searchTags(
  db: Database,
  q: unknown,
  limit = 10,
): Promise<{ matches: TagMatch[]; exact: boolean }> {
  const key = nameKey(typeof q === 'string' ? q.slice(0, 100) : '');
  if (!key) return { matches: [], exact: false };
  const pattern = escapeLike(key);
  const lowered = sql`lower(${tags.name})`;
  const [matches, [exactRow]] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(and(isNull(tags.retiredAt), sql`${lowered} like ${`%${pattern}%`}`))
      .orderBy(sql`${lowered} like ${`${pattern}%`} desc`, asc(lowered))
      .limit(limit),
    db
      .select({ id: tags.id })
      .from(tags)
      .where(sql`lower(regexp_replace(btrim(${tags.name}), '\\s+', ' ', 'g')) = ${key}`),
  ]);
  return { matches, exact: Boolean(exactRow) };
}

/** The tag named so, regardless of case and spacing (the desk's "merge into" field). */
export async function tagIdByName(db: Executor, name: unknown): Promise<string> {
  const key = nameKey(typeof name === 'string' ? name : '');
  const [row] = key
    ? await db
        .select({ id: tags.id })
        .from(tags)
        .where(sql`lower(regexp_replace(btrim(${tags.name}), '\\s+', ' ', 'g')) = ${key}`)
    : [];
  if (!row) invalid('target', 'No tag has that name: type the name of the tag to merge into.');
  return row.id;
}
