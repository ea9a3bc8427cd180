import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { JsonLd, newsArticleJsonLd } from './json-ld';
import type { PublicStory } from '@/lib/public/stories';

const story: PublicStory = {
  id: '00000000-0000-4000-8000-000000000000',
  slug: 'talks-resume',
  language: 'en',
  translationGroupId: null,
  revisionId: '00000000-0000-4000-8000-000000000001',
  headline: 'Talks Resume </script><script>alert(1)</script>',
  standfirst: 'Negotiators met again.',
  dateline: 'Washington D.C.',
  priority: 'routine',
  publishedAt: new Date('2026-11-20T10:00:00Z'),
  updatedAt: new Date('2026-11-21T08:30:00Z'),
  section: { slug: 'politics', name: 'Politics' },
  body: { type: 'doc', content: [] },
  corrections: [],
  authors: [
    {
      displayName: 'Washington Correspondent',
      handle: 'washington',
      title: 'Washington correspondent',
    },
  ],
  tags: [{ slug: 'diplomacy', name: 'Diplomacy' }],
  image: {
    alt: 'Negotiators at the table',
    caption: '',
    credit: '',
    width: 1600,
    height: 1067,
    renditions: [
      { width: 960, height: 640, format: 'jpeg', key: 'renditions/aaaa-960.jpg', bytes: 1 },
      { width: 1600, height: 1067, format: 'jpeg', key: 'renditions/aaaa-1600.jpg', bytes: 1 },
      { width: 1600, height: 1067, format: 'webp', key: 'renditions/aaaa-1600.webp', bytes: 1 },
    ],
  },
};

describe('NewsArticle JSON-LD', () => {
  it('carries the structured fields of the story', () => {
    const data = newsArticleJsonLd(story);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-11-20T10:00:00.000Z',
      dateModified: '2026-11-21T08:30:00.000Z',
      dateline: 'Washington D.C.',
      articleSection: 'Politics',
      author: [
        {
          '@type': 'Person',
          name: 'Washington Correspondent',
          url: expect.stringMatching(/\/author\/washington$/),
        },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Dateline',
        logo: { '@type': 'ImageObject', url: expect.stringMatching(/\/logo\.png$/), width: 600 },
      },
      image: [
        {
          '@type': 'ImageObject',
          url: expect.stringMatching(/\/media\/renditions\/aaaa-1600\.jpg$/),
          width: 1600,
          height: 1067,
        },
      ],
    });
    expect(newsArticleJsonLd({ ...story, image: null }).image).toBeUndefined();
  });

  it('says its language and links the translations both ways', () => {
    const original = { ...story, translationGroupId: story.id };
    const russian = {
      id: '00000000-0000-4000-8000-0000000000aa',
      slug: 'peregovory-vozobnovilis',
      language: 'ru',
      headline: 'Переговоры возобновились',
    };
    const english = { id: story.id, slug: story.slug, language: 'en', headline: story.headline };
    const data = newsArticleJsonLd(original, [english, russian]);
    expect(data.inLanguage).toBe('en');
    expect(data.workTranslation).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Переговоры возобновились',
        inLanguage: 'ru',
        url: expect.stringMatching(/\/ru\/news\/peregovory-vozobnovilis$/),
      },
    ]);
    expect(data.translationOfWork).toBeUndefined();

    const translation = newsArticleJsonLd({ ...story, ...russian, translationGroupId: story.id }, [
      english,
      russian,
    ]);
    expect(translation.inLanguage).toBe('ru');
    expect(translation.url).toMatch(/\/ru\/news\/peregovory-vozobnovilis$/);
    expect(translation.translationOfWork).toMatchObject({
      inLanguage: 'en',
      url: expect.stringMatching(/\/news\/talks-resume$/),
    });
    expect(translation.workTranslation).toBeUndefined();
    // Alone, a story names no translation.
    expect(newsArticleJsonLd(story).workTranslation).toBeUndefined();
  });

  it('cannot be broken out of by a headline', () => {
    const html = renderToStaticMarkup(<JsonLd data={newsArticleJsonLd(story)} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = html
      .replace(/^<script type="application\/ld\+json">/, '')
      .replace(/<\/script>$/, '');
    expect(JSON.parse(json).headline).toBe(story.headline);
  });

  it('keeps line and paragraph separators in the data, escaped in the markup', () => {
    const standfirst = 'One\u2028two\u2029three';
    const html = renderToStaticMarkup(
      <JsonLd data={newsArticleJsonLd({ ...story, standfirst })} />,
    );
    expect(html).not.toMatch(/[\u2028\u2029]/);
    const json = html
      .replace(/^<script type="application\/ld\+json">/, '')
      .replace(/<\/script>$/, '');
    expect(JSON.parse(json).description).toBe(standfirst);
  });
});
