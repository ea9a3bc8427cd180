import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { stories } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { searchStories } from '@/lib/public/search';
import { latestStories, publicStoryBySlug } from '@/lib/public/stories';
import type { StoryBody } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory, type EditorState } from './stories';
import { markTranslationUpToDate, translateStory, translationPanel } from './translations';
import { transitionStory } from './workflow';

const body = (text: string): StoryBody => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe.each(testDatabaseKinds)('translations on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let colleague: Actor;
  let editor: Actor;
  let sectionId: string;
  const savedLanguages = process.env.SITE_LANGUAGES;
  beforeAll(async () => {
    process.env.SITE_LANGUAGES = 'en,ru,az';
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    colleague = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    sectionId = await createTestSection(handle, `world-${kind}`, 'World');
  });
  afterEach(() => {
    process.env.SITE_LANGUAGES = 'en,ru,az';
  });
  afterAll(async () => {
    if (savedLanguages === undefined) delete process.env.SITE_LANGUAGES;
    else process.env.SITE_LANGUAGES = savedLanguages;
    await handle.close();
  });

  async function write(actor: Actor, state: EditorState, text: string, headline?: string) {
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, actor, state.id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId, dateline: 'Washington', headline: headline ?? meta.headline },
      body: body(text),
    });
    return loadEditorState(handle.db, actor, state.id);
  }

  const step = async (id: string, transition: string) => {
    const state = await loadEditorState(handle.db, editor, id);
    return transitionStory(handle.db, editor, id, { transition, baseVersion: state.version });
  };

  async function publishedSource() {
    const headline = `Senate Passes Budget ${crypto.randomBytes(3).toString('hex')}`;
    const { id } = await createStory(handle.db, author, { headline });
    await write(author, await loadEditorState(handle.db, author, id), 'The Senate voted today.');
    await step(id, 'publish');
    return id;
  }

  it('creates a linked draft in the language, by the translator, with the source marked for replacement', async () => {
    const sourceId = await publishedSource();
    expect((await translationPanel(handle.db, editor, sourceId)).canTranslateInto).toEqual([
      'ru',
      'az',
    ]);
    const { id } = await translateStory(handle.db, editor, sourceId, { language: 'ru' });
    const draft = await loadEditorState(handle.db, editor, id);
    expect(draft.state).toBe('draft');
    expect(draft.meta.authorIds).toEqual([editor.id]);
    expect(draft.meta.sectionId).toBe(sectionId);
    expect(draft.meta.dateline).toBe('Washington');
    const [first, second] = draft.body.content!;
    expect(JSON.stringify(first)).toContain('Translate into Русский');
    expect(second).toEqual(body('The Senate voted today.').content![0]);
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, id));
    expect(row).toMatchObject({
      language: 'ru',
      translationGroupId: sourceId,
      translatedFromId: sourceId,
    });

    // Both list each other; only Azerbaijani is left to offer, and Russian is refused twice.
    const onSource = await translationPanel(handle.db, editor, sourceId);
    expect(onSource.translations.map((t) => [t.id, t.language, t.state])).toEqual([
      [id, 'ru', 'draft'],
    ]);
    expect(onSource.canTranslateInto).toEqual(['az']);
    const onTranslation = await translationPanel(handle.db, editor, id);
    expect(onTranslation.translations.map((t) => [t.id, t.isOriginal])).toEqual([[sourceId, true]]);
    expect(onTranslation.source?.id).toBe(sourceId);
    await expect(translateStory(handle.db, editor, id, { language: 'ru' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      translateStory(handle.db, editor, sourceId, { language: 'en' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    // A translation of the translation joins the same group.
    const { id: az } = await translateStory(handle.db, editor, id, { language: 'az' });
    const group = await translationPanel(handle.db, editor, sourceId);
    expect(group.translations.map((t) => t.language)).toEqual(['ru', 'az']);
    expect(group.canTranslateInto).toEqual([]);
    expect((await translationPanel(handle.db, editor, az)).source?.id).toBe(id);
  });

  it('refuses a language the site does not have', async () => {
    const sourceId = await publishedSource();
    process.env.SITE_LANGUAGES = 'en,ru';
    await expect(
      translateStory(handle.db, editor, sourceId, { language: 'az' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      translateStory(handle.db, editor, sourceId, { language: 'fr' }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('publishes each translation on its own, and keeps it out of the default-language lists', async () => {
    const sourceId = await publishedSource();
    const { id } = await translateStory(handle.db, editor, sourceId, { language: 'ru' });
    let draft = await loadEditorState(handle.db, editor, id);
    draft = await write(editor, draft, 'Сенат проголосовал сегодня.', 'Сенат принял бюджет');
    expect(draft.publicSlug).toBe('senat-prinyal-byudzhet');
    // Publishing an update of the source publishes nothing else.
    const source0 = await loadEditorState(handle.db, editor, sourceId);
    await write(editor, source0, 'The Senate voted today, after midnight.');
    await step(sourceId, 'publish_update');
    const [row] = await handle.db.select().from(stories).where(eq(stories.id, id));
    expect(row!.state).toBe('draft');

    await step(id, 'publish');
    const [source] = await handle.db.select().from(stories).where(eq(stories.id, sourceId));
    expect(source!.state).toBe('published');
    expect(await publicStoryBySlug(handle.db, 'senat-prinyal-byudzhet')).not.toBeNull();
    const listed = await latestStories(handle.db, { limit: 200 });
    expect(listed.map((card) => card.id)).toContain(sourceId);
    expect(listed.map((card) => card.id)).not.toContain(id);
    // Search finds each in its own language only, the Russian one by another form of its words.
    const ids = async (q: string, language: string) =>
      (await searchStories(handle.db, q, { language })).map((hit) => hit.id);
    expect(await ids('сената', 'ru')).toEqual([id]);
    expect(await ids('сената', 'en')).toEqual([]);
    expect(await ids('senate voted', 'en')).toContain(sourceId);
    expect(await ids('senate voted', 'ru')).toEqual([]);
  });

  it('says when the source published a different text since, with the diff, until marked up to date', async () => {
    const sourceId = await publishedSource();
    const { id } = await translateStory(handle.db, editor, sourceId, { language: 'ru' });
    expect((await translationPanel(handle.db, editor, id)).outdated).toBeNull();

    // An edit not yet published does not count.
    let source = await write(
      editor,
      await loadEditorState(handle.db, editor, sourceId),
      'The Senate voted late today.',
    );
    expect((await translationPanel(handle.db, editor, id)).outdated).toBeNull();

    await step(sourceId, 'publish_update');
    const outdated = (await translationPanel(handle.db, editor, id)).outdated;
    expect(outdated?.canMarkUpToDate).toBe(true);
    expect(outdated?.diff.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual([
      'late',
    ]);
    // The source itself shows no notice.
    expect((await translationPanel(handle.db, editor, sourceId)).outdated).toBeNull();

    // A correspondent who cannot open the translation cannot clear it; the translator can.
    await expect(markTranslationUpToDate(handle.db, colleague, id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await markTranslationUpToDate(handle.db, editor, id);
    expect((await translationPanel(handle.db, editor, id)).outdated).toBeNull();

    // A later update shows only what changed since.
    source = await loadEditorState(handle.db, editor, sourceId);
    await write(editor, source, 'The Senate voted late today, 52 to 48.');
    await step(sourceId, 'publish_update');
    const again = (await translationPanel(handle.db, editor, id)).outdated;
    expect(again?.diff.some((p) => p.change === 'added' && p.text.includes('52'))).toBe(true);
    expect(again?.diff.some((p) => p.change !== 'same' && p.text.includes('late'))).toBe(false);
  });

  it('lets whoever may open the source translate it, and no one else', async () => {
    const sourceId = await publishedSource();
    // The correspondent wrote it: they may translate it, and become the translation's author.
    const { id } = await translateStory(handle.db, author, sourceId, { language: 'az' });
    expect((await loadEditorState(handle.db, author, id)).meta.authorIds).toEqual([author.id]);
    // Another correspondent cannot reach the source at all.
    await expect(
      translateStory(handle.db, colleague, sourceId, { language: 'ru' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    // Nor see the translation panel's members they cannot open.
    const { id: ru } = await translateStory(handle.db, editor, sourceId, { language: 'ru' });
    const seen = await translationPanel(handle.db, author, sourceId);
    expect(seen.translations.map((t) => t.id)).toEqual([id]);
    expect(seen.translations.map((t) => t.id)).not.toContain(ru);
  });
});
