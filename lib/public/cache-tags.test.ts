import { describe, expect, it } from 'vitest';
import { tagsForPath } from './cache-tags';

describe('tags of public addresses', () => {
  it('names what each public page shows', () => {
    expect(tagsForPath('/')).toEqual(['site', 'front']);
    expect(tagsForPath('/news/senate-passes-bill')).toEqual([
      'site',
      'story:senate-passes-bill',
      'latest',
    ]);
    expect(tagsForPath('/section/world')).toEqual(['site', 'section:world']);
    expect(tagsForPath('/section/world/feed.xml')).toEqual(['site', 'section:world']);
    expect(tagsForPath('/tag/nato')).toEqual(['site', 'tag:nato']);
    expect(tagsForPath('/author/washington-correspondent')).toEqual([
      'site',
      'author:washington-correspondent',
    ]);
    expect(tagsForPath('/feed.xml')).toEqual(['site', 'feeds']);
    expect(tagsForPath('/feed.json')).toEqual(['site', 'feeds']);
    expect(tagsForPath('/sitemap.xml')).toEqual(['site', 'sitemaps']);
    expect(tagsForPath('/news-sitemap.xml')).toEqual(['site', 'sitemaps']);
    expect(tagsForPath('/search')).toEqual(['site', 'search']);
    expect(tagsForPath('/robots.txt')).toEqual(['site']);
  });

  it('leaves the desk, the API and unknown addresses uncached', () => {
    for (const path of ['/desk', '/desk/stories/1', '/api/health', '/login', '/news', '/x/y/z']) {
      expect(tagsForPath(path)).toBeNull();
    }
  });
});
