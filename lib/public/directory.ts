// The public names of things: sections, tags and authors, looked up by their addresses. Sections
// and tags come with their names in the site's other languages (`names`), which the pages pick
// from with `inLanguageOf`.
import { cache } from 'react';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { sectionRedirects, sections, tagRedirects, tags, users } from '@/db/schema';
import { defaultLanguage } from '@/lib/languages';
import { localName, type LocalNames } from '@/lib/taxonomy';

/** A section or tag with its `name` in `language` (lib/taxonomy.ts, localName). */
export function inLanguageOf<T extends { name: string; names?: LocalNames | null }>(
  entity: T,
  language: string,
): T {
  return { ...entity, name: localName(entity, language, defaultLanguage()) };
}

/** The sections, in their order; read once per request however many parts of a page ask. */
export const allSections = cache(async (db: Database) =>
  db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, names: sections.names })
    .from(sections)
    .orderBy(asc(sections.position)),
);

export async function sectionBySlug(db: Database, slug: string) {
  const [section] = await db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      names: sections.names,
      description: sections.description,
    })
    .from(sections)
    .where(eq(sections.slug, slug));
  return section ?? null;
}

export async function tagBySlug(db: Database, slug: string) {
  const [tag] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, names: tags.names })
    .from(tags)
    .where(eq(tags.slug, slug));
  return tag ?? null;
}

/** An author's public profile: never their email, role or anything of their account. */
export async function authorByHandle(db: Database, handle: string) {
  const [author] = await db
    .select({
      id: users.id,
      handle: users.handle,
      displayName: users.displayName,
      title: users.title,
      bio: users.bio,
    })
    .from(users)
    .where(eq(users.handle, handle));
  return author ?? null;
}

/** Where a former section or tag address leads now (a new address, a merge), if anywhere. */
export async function movedTo(
  db: Database,
  kind: 'tag' | 'section',
  slug: string,
): Promise<string | null> {
  if (kind === 'tag') {
    const [row] = await db
      .select({ slug: tags.slug })
      .from(tagRedirects)
      .innerJoin(tags, eq(tags.id, tagRedirects.tagId))
      .where(eq(tagRedirects.fromSlug, slug));
    return row?.slug ?? null;
  }
  const [row] = await db
    .select({ slug: sections.slug })
    .from(sectionRedirects)
    .innerJoin(sections, eq(sections.id, sectionRedirects.sectionId))
    .where(eq(sectionRedirects.fromSlug, slug));
  return row?.slug ?? null;
}
