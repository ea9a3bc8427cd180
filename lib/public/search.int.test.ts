import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import type { DatabaseHandle } from '@/db/open';
import { stories } from '@/db/schema';
import { HIT_END, HIT_START, searchStories } from './search';

// Search within a language (ARCHITECTURE.md, Languages): each language's stories are indexed and
// searched with its own text search configuration, and a search sees one language only.
describe.each(testDatabaseKinds)('search per language on %s', (kind) => {
  let handle: DatabaseHandle;
  const ids: Record<string, string> = {};

  async function published(
    key: string,
    language: string,
    headline: string,
    bodyText: string,
    state: 'published' | 'draft' = 'published',
  ) {
    const [row] = await handle.db
      .insert(stories)
      .values({
        slug: `${key}-${kind}`,
        headline,
        standfirst: '',
        bodyText,
        language,
        state,
        publishedAt: state === 'published' ? new Date() : null,
      })
      .returning({ id: stories.id });
    ids[key] = row!.id;
  }

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await published(
      'ru-vote',
      'ru',
      'Избирком назвал дату голосования',
      'Наблюдатели будут работать на выборах во всех округах, сообщили в комиссии.',
    );
    await published(
      'ru-draft',
      'ru',
      'Черновик о выборах',
      'Этот текст о выборах ещё не опубликован.',
      'draft',
    );
    await published(
      'en-vote',
      'en',
      'Election Commission Sets Polling Day',
      'Observers will monitor the elections in every district, the commission said.',
    );
    await published(
      'az-vote',
      'az',
      'Seçki komissiyası səsvermə tarixini açıqladı',
      'Müşahidəçilər seçkilərdə bütün dairələrdə işləyəcək, komissiya bildirib.',
    );
  });
  afterAll(() => handle.close());

  const slugs = async (q: string, language: string) =>
    (await searchStories(handle.db, q, { language })).map((hit) => hit.slug);

  it('finds a Russian word in another inflected form, with the match highlighted', async () => {
    const hits = await searchStories(handle.db, 'выборы', { language: 'ru' });
    expect(hits.map((hit) => hit.slug)).toEqual([`ru-vote-${kind}`]);
    expect(hits[0]!.snippet).toContain(`${HIT_START}выборах${HIT_END}`);
    expect(await slugs('голосование', 'ru')).toEqual([`ru-vote-${kind}`]);
  });

  it('keeps each search to its own language', async () => {
    expect(await slugs('выборы', 'en')).toEqual([]);
    expect(await slugs('выборы', 'az')).toEqual([]);
    expect(await slugs('elections', 'ru')).toEqual([]);
    expect(await slugs('election', 'en')).toEqual([`en-vote-${kind}`]);
  });

  it('finds Azerbaijani words whole, in any case, without stemming (simple configuration)', async () => {
    expect(await slugs('seçkilərdə', 'az')).toEqual([`az-vote-${kind}`]);
    expect(await slugs('SEÇKİ Komissiyası', 'az')).toEqual([`az-vote-${kind}`]);
    // No Azerbaijani stemmer: another form of the word is another word.
    expect(await slugs('seçkilər', 'az')).toEqual([]);
  });

  it('indexes a story again with its new language’s configuration when the language changes', async () => {
    await handle.db.update(stories).set({ language: 'en' }).where(eq(stories.id, ids['ru-vote']!));
    expect(await slugs('выборы', 'ru')).toEqual([]);
    expect(await slugs('выборах', 'en')).toEqual([`ru-vote-${kind}`]);
    await handle.db.update(stories).set({ language: 'ru' }).where(eq(stories.id, ids['ru-vote']!));
    expect(await slugs('выборы', 'ru')).toEqual([`ru-vote-${kind}`]);
  });
});
