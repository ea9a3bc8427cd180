// The public site in several languages against a real database (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): a Russian translation of an English dispatch is published; its page
// is a Russian document linked both ways with the original, its language's feed and sitemap hold
// it and no other language's do; and its publication makes stale exactly its own language's pages
// and the article pages and sitemaps of its translations (ARCHITECTURE.md, Languages).
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import type { DatabaseHandle } from '@/db/open';
import { eq } from 'drizzle-orm';
import { sections } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import type { StoryBody } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { translateStory } from '@/lib/services/translations';
import { transitionStory } from '@/lib/services/workflow';
import { parseSiteLanguages } from '@/lib/languages';
import { resolveTarget } from '@/lib/page-cache/routes';
import { publicSite } from '@/app/(public)/routes';
import { ViewCounter } from '@/lib/analytics/counter';
import { flushViews } from '@/lib/analytics/flush';
import { refreshMostRead } from '@/lib/analytics/most-read-watch';
import { mostReadStories } from './most-read';

const body = (text: string): StoryBody => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const globalDb = globalThis as typeof globalThis & { datelineDb?: Promise<DatabaseHandle> };

describe.each(testDatabaseKinds)('the public site in three languages on %s', (kind) => {
  const saved = process.env.SITE_LANGUAGES;
  const site = publicSite(process.cwd(), parseSiteLanguages('en,ru,az'));
  let handle: DatabaseHandle;
  let editor: Actor;
  let section: string;
  let sectionId: string;
  let english: { id: string; slug: string };
  let russian: { id: string; slug: string };
  let publication: string[];

  const target = (address: string) => {
    const [pathname, search = ''] = address.split('?');
    const found = resolveTarget(site.routes, site.notFound, pathname!, search);
    if (found.kind !== 'page') throw new Error(`${address} is ${found.kind}`);
    return found;
  };
  async function render(address: string) {
    const found = target(address);
    const page = await found.route.render(found.request);
    return { status: page.status, text: new TextDecoder().decode(page.body) };
  }

  async function write(id: string, headline: string, text: string) {
    const state = await loadEditorState(handle.db, editor, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, editor, id, {
      baseVersion: state.version,
      meta: {
        ...meta,
        sectionId,
        headline,
        dateline: 'Washington',
      },
      body: body(text),
    });
  }
  async function publish(id: string) {
    const state = await loadEditorState(handle.db, editor, id);
    const result = await transitionStory(handle.db, editor, id, {
      transition: 'publish',
      baseVersion: state.version,
    });
    return { tags: result.invalidation?.tags ?? [], slug: state.publicSlug };
  }

  beforeAll(async () => {
    process.env.SITE_LANGUAGES = 'en,ru,az';
    handle = await createTestDatabase(kind);
    globalDb.datelineDb = Promise.resolve(handle);
    editor = await createTestStaff(handle, 'editor');
    section = `world-${crypto.randomBytes(3).toString('hex')}`;
    sectionId = await createTestSection(handle, section, 'World');
    await handle.db
      .update(sections)
      .set({ names: { ru: 'Мир' } })
      .where(eq(sections.id, sectionId));
    const { id } = await createStory(handle.db, editor, {});
    await write(id, 'Envoys Meet in Washington', 'The envoys met at noon.');
    const first = await publish(id);
    english = { id, slug: (await loadEditorState(handle.db, editor, id)).publicSlug! };
    expect(first.tags).not.toContain('front@ru');

    const translation = await translateStory(handle.db, editor, id, { language: 'ru' });
    await write(
      translation.id,
      'Встреча посланников в Вашингтоне',
      'Посланники встретились в полдень.',
    );
    publication = (await publish(translation.id)).tags;
    russian = {
      id: translation.id,
      slug: (await loadEditorState(handle.db, editor, translation.id)).publicSlug!,
    };
  });
  afterAll(async () => {
    globalDb.datelineDb = undefined;
    if (saved === undefined) delete process.env.SITE_LANGUAGES;
    else process.env.SITE_LANGUAGES = saved;
    await handle.close();
  });

  it('serves the translation under its own prefix only, as a Russian document', async () => {
    expect(russian.slug).toBe('vstrecha-poslannikov-v-vashingtone');
    const page = await render(`/ru/news/${russian.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/^<!DOCTYPE html><html lang="ru">/);
    expect(page.text).toContain('Автор:');
    expect(page.text).toContain('<nav aria-label="Разделы"');
    // Its section by its Russian name, in the menu, the kicker and the structured data.
    expect(page.text).toContain(`<a href="/ru/section/${section}" class="hover:underline">Мир</a>`);
    expect(page.text).toContain('"articleSection":"Мир"');
    expect((await render(`/news/${english.slug}`)).text).toContain('"articleSection":"World"');
    expect((await render(`/ru/section/${section}`)).text).toMatch(/<h1[^>]*>Мир<\/h1>/);
    expect(page.text).toContain('"inLanguage":"ru"');
    expect(page.text).toContain('"translationOfWork"');
    expect((await render(`/news/${russian.slug}`)).status).toBe(404);
    expect((await render(`/az/news/${russian.slug}`)).status).toBe(404);
    expect((await render(`/ru/news/${english.slug}`)).status).toBe(404);
    // The notices are in the language of the prefix asked for.
    for (const address of [`/ru/news/${english.slug}`, '/ru/no/such/page']) {
      const notice = await render(address);
      expect(notice.status, address).toBe(404);
      expect(notice.text, address).toMatch(/^<!DOCTYPE html><html lang="ru">/);
      expect(notice.text, address).toContain('Страница не найдена');
    }
    expect((await render('/fr/news/x')).text).toContain('Page not found');
  });

  it('links the two versions both ways with hreflang, and offers only them in the switcher', async () => {
    const links = (text: string) =>
      [...text.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(
        (m) => `${m[1]} ${new URL(m[2]!).pathname}`,
      );
    const expected = [
      `en /news/${english.slug}`,
      `ru /ru/news/${russian.slug}`,
      `x-default /news/${english.slug}`,
    ];
    const ru = (await render(`/ru/news/${russian.slug}`)).text;
    const en = (await render(`/news/${english.slug}`)).text;
    expect(links(ru)).toEqual(expected);
    expect(links(en)).toEqual(expected);
    expect(en).toContain('"workTranslation"');
    expect(en).toContain('Русский');
    expect(en).not.toContain('Azərbaycanca');
  });

  it('keeps each language’s feeds and sitemaps to its own stories, with alternates', async () => {
    const ruFeed = (await render('/ru/feed.xml')).text;
    expect(ruFeed).toContain(`/ru/news/${russian.slug}</link>`);
    expect(ruFeed).toContain('<language>ru</language>');
    expect(ruFeed).not.toContain(english.slug);
    expect((await render('/feed.xml')).text).not.toContain(russian.slug);
    expect((await render('/az/feed.xml')).text).not.toMatch(/<item>/);
    const ruJson = JSON.parse((await render('/ru/feed.json')).text) as {
      language: string;
      items: { url: string }[];
    };
    expect(ruJson.language).toBe('ru');
    expect(ruJson.items.map((item) => new URL(item.url).pathname)).toEqual([
      `/ru/news/${russian.slug}`,
    ]);

    const ruMap = (await render('/ru/sitemap.xml')).text;
    expect(ruMap).toContain(`/ru/news/${russian.slug}</loc>`);
    expect(ruMap).toMatch(
      new RegExp(`<xhtml:link rel="alternate" hreflang="en" href="[^"]*/news/${english.slug}"/>`),
    );
    expect((await render('/sitemap.xml')).text).not.toContain(`/ru/news/${russian.slug}</loc>`);
    const news = (await render('/ru/news-sitemap.xml')).text;
    expect(news).toContain('<news:language>ru</news:language>');
    expect(news).not.toContain('<news:language>en</news:language>');
    expect((await render('/robots.txt')).text).toMatch(/Sitemap: \S+\/az\/news-sitemap\.xml/);
  });

  it('keeps a most read list per language, and invalidates only the language whose list changed', async () => {
    await refreshMostRead(handle.db, 0); // the lists as they stand
    const counter = new ViewCounter(() => Date.now());
    for (let i = 0; i < 3; i++) counter.record(russian.id);
    await flushViews(handle.db, counter);
    expect((await mostReadStories(handle.db, 5, 'ru')).map((story) => story.id)).toEqual([
      russian.id,
    ]);
    expect((await mostReadStories(handle.db, 5, 'en')).map((story) => story.id)).not.toContain(
      russian.id,
    );
    expect((await refreshMostRead(handle.db, 0))?.tags).toEqual(['most-read@ru']);
  });

  it('makes stale exactly the translation’s own pages and feeds and its original’s article and sitemap', () => {
    const stale = (address: string) =>
      target(address).request.tags.some((tag) => tag !== 'site' && publication.includes(tag));
    for (const address of [
      `/ru/news/${russian.slug}`,
      `/news/${english.slug}`,
      '/ru',
      `/ru/section/${section}`,
      '/ru/feed.xml',
      '/ru/feed.json',
      '/ru/sitemap.xml',
      '/ru/news-sitemap.xml',
      '/ru/search?q=vstrecha',
      '/sitemap.xml',
    ]) {
      expect(stale(address), address).toBe(true);
    }
    for (const address of [
      '/',
      `/section/${section}`,
      '/feed.xml',
      '/feed.json',
      '/news-sitemap.xml',
      '/search?q=envoys',
      '/az',
      '/az/feed.xml',
      '/az/sitemap.xml',
      `/az/section/${section}`,
    ]) {
      expect(stale(address), address).toBe(false);
    }
  });
});
