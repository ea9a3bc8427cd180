import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { DEMO_SECTIONS, seedDemoNewsroom } from './seed-newsroom';
import { WASHINGTON_DISPATCH_SLUG } from './seed-data/dispatches';
import { DEMO_LOCAL_DISPATCHES, RUSSIAN_ELECTIONS_HEADLINE } from './seed-data/dispatches-ru-az';
import { media, revisions, sections, stories, tags, users } from '@/db/schema';
import { searchStories } from '@/lib/public/search';
import { localName } from '@/lib/taxonomy';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { verifyPassword } from '@/lib/auth/password';
import { blockers, runChecklist } from '@/lib/checklist';

describe.each(testDatabaseKinds)('the demo newsroom on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
  });
  afterAll(() => handle.close());

  it('has the four demo staff with their roles and the demo password', async () => {
    const rows = await handle.db
      .select({ email: users.email, role: users.role, hash: users.passwordHash })
      .from(users)
      .orderBy(users.email);
    expect(rows.map(({ email, role }) => [email, role])).toEqual([
      ['admin@dateline.test', 'admin'],
      ['correspondent2@dateline.test', 'correspondent'],
      ['correspondent@dateline.test', 'correspondent'],
      ['editor@dateline.test', 'editor'],
    ]);
    expect(await verifyPassword(rows[0]!.hash!, 'demo-password-for-tests')).toBe(true);
  });

  it('has 40 or more published dispatches spread over the last weeks, and some unpublished', async () => {
    const rows = await queryRows<{ state: string; n: number; spread_days: number | null }>(
      handle.db,
      sql`select state, count(*)::int as n,
            extract(day from max(published_at) - min(published_at))::int as spread_days
          from stories group by state order by state`,
    );
    const byState = Object.fromEntries(rows.map((row) => [row.state, row]));
    expect(byState.published!.n).toBeGreaterThanOrEqual(40);
    expect(byState.published!.spread_days).toBeGreaterThanOrEqual(14);
    expect(byState.draft!.n).toBeGreaterThan(0);
    expect(byState.submitted!.n).toBeGreaterThan(0);
  });

  it('passes the publishing checklist’s Must items with every story the demo publishes', async () => {
    const rows = await handle.db
      .select({ state: stories.state, meta: revisions.meta, body: revisions.body, alt: media.alt })
      .from(stories)
      .innerJoin(revisions, eq(revisions.id, stories.workingRevisionId))
      .leftJoin(media, sql`${media.id}::text = ${revisions.meta} ->> 'featuredMediaId'`);
    const published = rows.filter((row) => row.state === 'published');
    expect(published.length).toBeGreaterThanOrEqual(40);
    for (const row of published) {
      const failing = blockers(
        runChecklist({ meta: row.meta, body: row.body, featuredAlt: row.alt }),
      );
      expect({ headline: row.meta.headline, failing: failing.map((item) => item.fix) }).toEqual({
        headline: row.meta.headline,
        failing: [],
      });
    }
  });

  it('points every story at a working revision, and published ones at a published revision', async () => {
    const rows = await handle.db
      .select({
        state: stories.state,
        working: stories.workingRevisionId,
        published: stories.publishedRevisionId,
      })
      .from(stories);
    for (const row of rows) {
      expect(row.working).not.toBeNull();
      expect(row.published !== null).toBe(row.state === 'published');
    }
  });

  it('includes the Washington dispatch, searchable by its words', async () => {
    const rows = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from stories where search @@ websearch_to_tsquery('english', 'pentagon air defences') order by ts_rank(search, websearch_to_tsquery('english', 'pentagon air defences')) desc limit 1`,
    );
    expect(rows[0]?.slug).toBe(WASHINGTON_DISPATCH_SLUG);
  });

  it('has a dozen published dispatches in Russian and Azerbaijani, translations linked to their source', async () => {
    const all = await handle.db.select().from(stories);
    const local = all.filter((story) => story.language !== 'en');
    expect(local).toHaveLength(DEMO_LOCAL_DISPATCHES.length);
    expect(local.length).toBeGreaterThanOrEqual(10);
    expect(local.every((story) => story.state === 'published')).toBe(true);
    const byId = new Map(all.map((story) => [story.id, story]));
    const translations = local.filter((story) => story.translatedFromId);
    const originals = local.filter((story) => !story.translatedFromId);
    expect(translations.length).toBeGreaterThanOrEqual(4);
    expect(originals.length).toBeGreaterThanOrEqual(4);
    for (const translation of translations) {
      const source = byId.get(translation.translatedFromId!)!;
      expect(source.language).toBe('en');
      expect(source.translationGroupId).toBe(source.id);
      expect(translation.translationGroupId).toBe(source.id);
      // Translated from the text the source publishes: nothing to bring up to date.
      expect(translation.translatedFromRevisionId).toBe(source.publishedRevisionId);
    }
    for (const original of originals) expect(original.translationGroupId).toBeNull();
    expect(new Set(local.map((story) => story.language))).toEqual(new Set(['ru', 'az']));
  });

  it('leaves the Washington dispatch untranslated, and most English ones without Azerbaijani', async () => {
    const [washington] = await handle.db
      .select()
      .from(stories)
      .where(eq(stories.slug, WASHINGTON_DISPATCH_SLUG));
    expect(washington!.translationGroupId).toBeNull();
    const [untranslated] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from stories s where s.language = 'en' and s.state = 'published'
          and not exists (select 1 from stories t where t.language = 'az'
            and t.translation_group_id = coalesce(s.translation_group_id, s.id))`,
    );
    expect(untranslated!.n).toBeGreaterThan(30);
  });

  it('finds a Russian dispatch by a word in another inflected form', async () => {
    const hits = await searchStories(handle.db, 'выборы', { language: 'ru' });
    expect(hits.map((hit) => hit.headline)).toContain(RUSSIAN_ELECTIONS_HEADLINE);
    expect(await searchStories(handle.db, 'выборы', { language: 'en' })).toEqual([]);
  });

  it('names every section and tag in Russian and Azerbaijani', async () => {
    const rows = [
      ...(await handle.db.select().from(sections)),
      ...(await handle.db.select().from(tags)),
    ];
    expect(rows.length).toBeGreaterThan(DEMO_SECTIONS.length);
    for (const row of rows) {
      expect(Object.keys(row.names).sort()).toEqual(['az', 'ru']);
    }
    const politics = rows.find((row) => row.slug === 'politics')!;
    expect(localName(politics, 'ru', 'en')).toBe('Политика');
    expect(localName(politics, 'az', 'en')).toBe('Siyasət');
  });

  it('gives the names per language again to a section or tag that has none, and keeps others', async () => {
    await handle.db.update(sections).set({ names: {} }).where(eq(sections.slug, 'politics'));
    await handle.db
      .update(sections)
      .set({ names: { ru: 'Власть' } })
      .where(eq(sections.slug, 'economy'));
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
    const rows = await handle.db.select().from(sections);
    expect(rows.find((row) => row.slug === 'politics')!.names).toEqual({
      ru: 'Политика',
      az: 'Siyasət',
    });
    expect(rows.find((row) => row.slug === 'economy')!.names).toEqual({ ru: 'Власть' });
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      (await handle.db.select({ n: sql<number>`count(*)::int` }).from(stories))[0]!.n;
    const before = await count();
    const again = await seedDemoNewsroom(handle.db, { password: 'another-password' });
    expect(again.storiesCreated).toBe(0);
    expect(await count()).toBe(before);
    const [admin] = await handle.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'admin@dateline.test'));
    expect(await verifyPassword(admin!.hash!, 'demo-password-for-tests')).toBe(true);
  });
});
