import { describe, expect, it } from 'vitest';
import { NOT_FOUND_KEY, resolveTarget } from '@/lib/page-cache/routes';
import { parseSiteLanguages } from '@/lib/languages';
import { publicSite } from './routes';

const site = publicSite();
const target = (address: string) => {
  const [pathname, search = ''] = address.split('?');
  return resolveTarget(site.routes, site.notFound, pathname!, search);
};
const keyOf = (address: string) => {
  const found = target(address);
  return found.kind === 'page' ? found.request.key : found.kind;
};
const tagsOf = (address: string) => {
  const found = target(address);
  return found.kind === 'page' ? found.request.tags : null;
};

describe('the public routes and their cache keys', () => {
  it('names what each public page shows', () => {
    expect(tagsOf('/')).toEqual(['site', 'front', 'most-read']);
    expect(tagsOf('/news/senate-passes-bill')).toEqual([
      'site',
      'story:senate-passes-bill',
      'latest',
      'most-read',
    ]);
    expect(tagsOf('/section/world')).toEqual(['site', 'section:world']);
    expect(tagsOf('/section/world/feed.xml')).toEqual(['site', 'section:world']);
    expect(tagsOf('/tag/nato')).toEqual(['site', 'tag:nato']);
    expect(tagsOf('/author/washington-correspondent')).toEqual([
      'site',
      'author:washington-correspondent',
    ]);
    expect(tagsOf('/feed.xml')).toEqual(['site', 'feeds']);
    expect(tagsOf('/feed.json')).toEqual(['site', 'feeds']);
    expect(tagsOf('/sitemap.xml')).toEqual(['site', 'sitemaps']);
    expect(tagsOf('/news-sitemap.xml')).toEqual(['site', 'news-sitemap']);
    expect(tagsOf('/search')).toEqual(['site', 'search']);
    expect(tagsOf('/robots.txt')).toEqual(['site']);
  });

  it('drops every parameter a page does not declare: a shared link is the plain address', () => {
    expect(keyOf('/news/talks-resume?utm_source=x&fbclid=IwAR0abc')).toBe('/news/talks-resume');
    expect(keyOf('/?utm_medium=social')).toBe('/');
    expect(keyOf('/feed.xml?ref=1')).toBe('/feed.xml');
    expect(keyOf('/sitemap.xml?x=1')).toBe('/sitemap.xml');
    expect(keyOf('/section/world?gclid=1')).toBe('/section/world');
    expect(keyOf('/search?q=budget&utm_source=x')).toBe('/search?q=budget');
  });

  it('keeps a list’s cursor, and refuses one that does not parse', () => {
    const cursor = Buffer.from(
      '2026-11-30T10:00:00.000Z|0b5c2a4e-8d0f-4c1e-9a7b-3f2d1e0c9b8a',
    ).toString('base64url');
    expect(keyOf(`/tag/nato?before=${cursor}&utm_source=x`)).toBe(`/tag/nato?before=${cursor}`);
    expect(target('/tag/nato?before=not-a-cursor')).toEqual({
      kind: 'malformed',
      parameter: 'before',
    });
    expect(keyOf('/tag/nato?before=')).toBe('/tag/nato');
  });

  it('keys a search by its query in normal form and its page, and refuses bad pages', () => {
    expect(keyOf('/search?q=%20Central%20%20BANK%09rates%20')).toBe('/search?q=central+bank+rates');
    expect(keyOf('/search?page=2&q=Bank')).toBe('/search?page=2&q=bank');
    expect(keyOf('/search?q=bank&page=0')).toBe('/search?q=bank');
    expect(keyOf(`/search?q=${'a'.repeat(500)}`)).toBe(`/search?q=${'a'.repeat(200)}`);
    for (const page of ['-1', 'abc', '1.5', '51', '9999']) {
      expect(target(`/search?q=bank&page=${page}`)).toEqual({
        kind: 'malformed',
        parameter: 'page',
      });
    }
  });

  it('gives every unknown address one key, and sends a trailing slash to the address without', () => {
    expect(keyOf('/wp-login.php')).toBe(NOT_FOUND_KEY);
    expect(keyOf('/news')).toBe(NOT_FOUND_KEY);
    expect(keyOf('/x/y/z?q=1')).toBe(NOT_FOUND_KEY);
    expect(target('/news/talks-resume/')).toEqual({
      kind: 'redirect',
      location: '/news/talks-resume',
    });
  });

  it('leaves the desk, sign-in, preview links, the API, media, Next’s files and public/ to Next', () => {
    for (const path of [
      '/desk',
      '/desk/stories/1',
      '/api/health',
      '/login',
      '/media/a.jpg',
      '/preview/abc',
    ]) {
      expect(site.owns(path)).toBe(false);
    }
    expect(site.owns('/_next/static/chunks/a.css')).toBe(false);
    expect(site.owns('/favicon.ico')).toBe(false);
    expect(site.owns('/news/x')).toBe(true);
    expect(site.owns('/desktop')).toBe(true);
    expect(site.owns('/previews')).toBe(true);
  });
});

describe('the routes of every language of the site', () => {
  const three = publicSite(process.cwd(), parseSiteLanguages('en,ru,az'));
  const resolve = (address: string) => {
    const [pathname, search = ''] = address.split('?');
    return resolveTarget(three.routes, three.notFound, pathname!, search);
  };
  const keyIn = (address: string) => {
    const found = resolve(address);
    return found.kind === 'page' ? found.request.key : found.kind;
  };

  it('gives each language its pages under its prefix, the default language the plain ones', () => {
    for (const address of [
      '/ru',
      '/ru/news/vstrecha-v-vashingtone',
      '/ru/section/world',
      '/ru/section/world/feed.xml',
      '/ru/tag/nato',
      '/ru/author/washington-correspondent',
      '/ru/search',
      '/ru/feed.xml',
      '/az/feed.json',
      '/az/sitemap.xml',
      '/az/news-sitemap.xml',
    ]) {
      expect(keyIn(address), address).toBe(address);
    }
    expect(keyIn('/ru/search?q=Bank&utm_source=x')).toBe('/ru/search?q=bank');
    expect(keyIn('/news/summit')).toBe('/news/summit');
  });

  it('has no pages under a prefix the site does not publish in, nor the default language’s', () => {
    for (const address of ['/fr', '/fr/news/x', '/de/feed.xml', '/en/news/x', '/en']) {
      expect(keyIn(address), address).toBe(NOT_FOUND_KEY);
    }
    // An address under a language's prefix that names no page: that language's notice.
    expect(keyIn('/ru/no/such/page')).toBe('/ru/:not-found');
    expect(keyIn('/az/wp-login.php')).toBe('/az/:not-found');
    const russianOnly = publicSite(process.cwd(), parseSiteLanguages('en,ru'));
    const az = resolveTarget(russianOnly.routes, russianOnly.notFound, '/az/news/x', '');
    expect(az.kind === 'page' && az.request.key).toBe(NOT_FOUND_KEY);
  });

  it('tags a language’s pages with its own lists, an article with its slug alone', () => {
    const tagsIn = (address: string) => {
      const found = resolve(address);
      return found.kind === 'page' ? found.request.tags : null;
    };
    expect(tagsIn('/ru')).toEqual(['site', 'front@ru', 'most-read@ru']);
    expect(tagsIn('/ru/news/x')).toEqual(['site', 'story:x', 'latest@ru', 'most-read@ru']);
    expect(tagsIn('/az/section/world')).toEqual(['site', 'section:world@az']);
    expect(tagsIn('/az/feed.xml')).toEqual(['site', 'feeds@az']);
    expect(tagsIn('/ru/sitemap.xml')).toEqual(['site', 'sitemaps@ru']);
    expect(tagsIn('/ru/search')).toEqual(['site', 'search@ru']);
    expect(tagsIn('/feed.xml')).toEqual(['site', 'feeds']);
  });
});
