import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { revisions, storyTags, tags } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { movedTo, tagBySlug } from '@/lib/public/directory';
import { createStory, loadEditorState, saveStory } from './stories';
import { createTaxonomy, moveTaxonomy, renameTaxonomy, retireTaxonomy } from './taxonomy';
import { mergeTags } from './taxonomy-merge';
import { listTaxonomy, searchTags } from './taxonomy-reads';
import { transitionStory } from './workflow';

const unique = () => crypto.randomBytes(3).toString('hex');

describe.each(testDatabaseKinds)('sections and tags on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let colleague: Actor;
  let editor: Actor;
  let admin: Actor;
  let sectionId: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    colleague = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    admin = await createTestStaff(handle, 'admin');
    sectionId = await createTestSection(handle, `world-${kind}`, 'World');
  });
  afterAll(() => handle.close());

  async function storyWithTags(tagIds: string[], publish = false) {
    const { id } = await createStory(handle.db, author, { headline: `Port talks ${unique()}` });
    const state = await loadEditorState(handle.db, author, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, author, id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId, dateline: 'Lisbon', tagIds },
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Talks.' }] }],
      },
    });
    if (publish) {
      const saved = await loadEditorState(handle.db, editor, id);
      await transitionStory(handle.db, editor, id, {
        transition: 'publish',
        baseVersion: saved.version,
      });
    }
    return id;
  }

  it('counts the stories of each section and tag in the desk’s lists', async () => {
    const tag = await createTaxonomy(handle.db, editor, 'tag', { name: `Counted ${unique()}` });
    const before = (await listTaxonomy(handle.db, admin, 'section')).find(
      (row) => row.id === sectionId,
    )!.stories;
    await storyWithTags([tag.id], true);
    const sectionsNow = await listTaxonomy(handle.db, admin, 'section');
    expect(sectionsNow.find((row) => row.id === sectionId)!.stories).toBe(before + 1);
    const [tagRow] = await listTaxonomy(handle.db, editor, 'tag', tag.name);
    expect(tagRow).toMatchObject({ id: tag.id, stories: 1 });
  });

  it('keeps names unique regardless of case and spacing, and refuses bad names clearly', async () => {
    const name = `Fisheries ${unique()}`;
    const made = await createTaxonomy(handle.db, editor, 'tag', { name: `  ${name}  ` });
    expect(made.name).toBe(name);
    expect(made.slug).toBe(name.toLowerCase().replace(' ', '-'));
    await expect(
      createTaxonomy(handle.db, editor, 'tag', { name: name.toUpperCase().replace(' ', '   ') }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: `There is already a tag named “${name}”.`,
    });
    for (const [bad, message] of [
      ['', 'A tag needs a name.'],
      ['x'.repeat(61), /at most 60 characters/],
      ['<i>Tide</i>', /cannot contain markup/],
    ] as const) {
      await expect(createTaxonomy(handle.db, editor, 'tag', { name: bad })).rejects.toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(message),
      });
    }
    // The database's own index says the same, whatever the service checked.
    await expect(
      handle.db.insert(tags).values({ name: name.toLowerCase(), slug: `other-${unique()}` }),
    ).rejects.toThrow();
  });

  it('lets whoever may edit a story create a tag from it, and nobody else', async () => {
    const storyId = await storyWithTags([]);
    const made = await createTaxonomy(handle.db, author, 'tag', {
      name: `Harbour ${unique()}`,
      storyId,
    });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(
      createTaxonomy(handle.db, colleague, 'tag', { name: `Quay ${unique()}`, storyId }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      createTaxonomy(handle.db, author, 'tag', { name: `Quay ${unique()}` }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      createTaxonomy(handle.db, editor, 'section', { name: `Weather ${unique()}` }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('searches as you type: names containing the words, those starting with them first', async () => {
    const run = unique();
    for (const name of [`Zeta ${run} river`, `${run} delta`, `Alpha ${run}`]) {
      await createTaxonomy(handle.db, editor, 'tag', { name });
    }
    const retired = await createTaxonomy(handle.db, editor, 'tag', { name: `Omega ${run}` });
    await retireTaxonomy(handle.db, editor, 'tag', { id: retired.id, retired: true });
    const found = await searchTags(handle.db, ` ${run.toUpperCase()} `);
    expect(found.matches.map((tag) => tag.name)).toEqual([
      `${run} delta`,
      `Alpha ${run}`,
      `Zeta ${run} river`,
    ]);
    expect(found.exact).toBe(false);
    expect((await searchTags(handle.db, `alpha  ${run}`)).exact).toBe(true);
    expect((await searchTags(handle.db, '%')).matches.length).toBeLessThanOrEqual(10);
    expect((await searchTags(handle.db, '')).matches).toEqual([]);
  });

  it('moves a tag to a new address, and the old one leads there', async () => {
    const tag = await createTaxonomy(handle.db, editor, 'tag', { name: `Ferries ${unique()}` });
    const moved = await moveTaxonomy(handle.db, editor, 'tag', {
      id: tag.id,
      slug: `${tag.slug}-x`,
    });
    expect(moved.invalidation?.tags).toContain(`tag:${tag.slug}`);
    expect(await tagBySlug(handle.db, tag.slug)).toBeNull();
    expect(await movedTo(handle.db, 'tag', tag.slug)).toBe(`${tag.slug}-x`);
    // Back to the first address: it is the tag's own again, and the second one leads to it.
    await moveTaxonomy(handle.db, editor, 'tag', { id: tag.id, slug: tag.slug });
    expect(await movedTo(handle.db, 'tag', tag.slug)).toBeNull();
    expect(await movedTo(handle.db, 'tag', `${tag.slug}-x`)).toBe(tag.slug);
    // Another tag cannot take an address this one had.
    const other = await createTaxonomy(handle.db, editor, 'tag', { name: `Tugs ${unique()}` });
    await expect(
      moveTaxonomy(handle.db, editor, 'tag', { id: other.id, slug: `${tag.slug}-x` }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      moveTaxonomy(handle.db, editor, 'tag', { id: other.id, slug: 'Not An Address' }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('merges a tag into another: stories, working copies and addresses follow', async () => {
    const source = await createTaxonomy(handle.db, editor, 'tag', { name: `Ports ${unique()}` });
    const target = await createTaxonomy(handle.db, editor, 'tag', { name: `Harbours ${unique()}` });
    const both = await storyWithTags([source.id, target.id], true);
    const only = await storyWithTags([source.id], true);
    const draft = await storyWithTags([source.id]);
    await moveTaxonomy(handle.db, editor, 'tag', { id: source.id, slug: `${source.slug}-old` });
    await moveTaxonomy(handle.db, editor, 'tag', { id: source.id, slug: source.slug });

    const merged = await mergeTags(handle.db, editor, {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(merged.invalidation?.tags).toEqual(
      expect.arrayContaining([`tag:${source.slug}`, `tag:${target.slug}`, 'sitemaps', 'feeds']),
    );
    const onTarget = await handle.db
      .select({ storyId: storyTags.storyId })
      .from(storyTags)
      .where(eq(storyTags.tagId, target.id));
    expect(onTarget.map((row) => row.storyId).sort()).toEqual([both, only, draft].sort());
    for (const id of [both, only, draft]) {
      const rows = await handle.db
        .select({ meta: revisions.meta })
        .from(revisions)
        .where(eq(revisions.storyId, id));
      for (const { meta } of rows) {
        expect(meta.tagIds).not.toContain(source.id);
        expect(meta.tagIds.filter((tagId) => tagId === target.id)).toHaveLength(1);
      }
    }
    expect(await movedTo(handle.db, 'tag', source.slug)).toBe(target.slug);
    expect(await movedTo(handle.db, 'tag', `${source.slug}-old`)).toBe(target.slug);
    // The draft, published later, carries the tag that still exists.
    const state = await loadEditorState(handle.db, editor, draft);
    await transitionStory(handle.db, editor, draft, {
      transition: 'publish',
      baseVersion: state.version,
    });
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from story_tags where story_id = ${draft} and tag_id = ${target.id}`,
    );
    expect(row!.n).toBe(1);
    const [audit] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = 'tag.merge' and subject_id = ${target.id}`,
    );
    expect(audit!.n).toBe(1);
    await expect(
      mergeTags(handle.db, author, { sourceId: target.id, targetId: target.id }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets admins manage sections: create, rename, move with a redirect, retire', async () => {
    const made = await createTaxonomy(handle.db, admin, 'section', { name: `Science ${unique()}` });
    expect(made.invalidation?.tags).toContain('site');
    await expect(
      createTaxonomy(handle.db, admin, 'section', { name: made.name.toLowerCase() }),
    ).rejects.toMatchObject({ message: `There is already a section named “${made.name}”.` });
    await renameTaxonomy(handle.db, admin, 'section', { id: made.id, name: `${made.name} desk` });
    await moveTaxonomy(handle.db, admin, 'section', { id: made.id, slug: `${made.slug}-desk` });
    expect(await movedTo(handle.db, 'section', made.slug)).toBe(`${made.slug}-desk`);
    await retireTaxonomy(handle.db, admin, 'section', { id: made.id, retired: true });
    const listed = await listTaxonomy(handle.db, admin, 'section');
    expect(listed.find((row) => row.id === made.id)).toMatchObject({
      name: `${made.name} desk`,
      retired: true,
      formerSlugs: [made.slug],
    });
    await expect(
      renameTaxonomy(handle.db, editor, 'section', { id: made.id, name: 'Anything else' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
