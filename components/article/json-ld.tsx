import { mediaUrl, shareRendition } from '@/lib/public/images';
import type { PublicStory } from '@/lib/public/stories';
import { SITE_NAME, absolute } from '@/lib/site';
import { localePath, storyPath } from '@/lib/hreflang';

/** A published version of the story in another language (lib/public/stories.ts, publicVersions). */
export interface StoryVersion {
  id: string;
  slug: string;
  language: string;
  headline: string;
}

const workOf = (version: StoryVersion) => ({
  '@type': 'NewsArticle',
  headline: version.headline,
  inLanguage: version.language,
  url: absolute(storyPath(version)),
});

/**
 * schema.org NewsArticle for search engines: structured from the story's own fields. The image is
 * the featured one (the article page passes the first body image when there is none). Its
 * language is `inLanguage`; the group's original (the story whose id names the group) lists its
 * published translations as `workTranslation`, and a translation names the original as
 * `translationOfWork`.
 */
export function newsArticleJsonLd(story: PublicStory, versions: StoryVersion[] = []) {
  const share = story.image ? shareRendition(story.image.renditions) : null;
  const others = versions.filter((version) => version.id !== story.id);
  const isOriginal = story.translationGroupId === story.id;
  const original = others.find((version) => version.id === story.translationGroupId);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    inLanguage: story.language,
    description: story.standfirst || undefined,
    datePublished: story.publishedAt.toISOString(),
    dateModified: (story.updatedAt ?? story.publishedAt).toISOString(),
    dateline: story.dateline || undefined,
    articleSection: story.section?.name,
    keywords: story.tags.map((tag) => tag.name),
    mainEntityOfPage: absolute(storyPath(story)),
    url: absolute(storyPath(story)),
    author: story.authors.map((author) => ({
      '@type': 'Person',
      name: author.displayName,
      jobTitle: author.title || undefined,
      url: absolute(localePath(story.language, `/author/${author.handle}`)),
    })),
    workTranslation: isOriginal && others.length ? others.map(workOf) : undefined,
    translationOfWork: original ? workOf(original) : undefined,
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      url: absolute('/'),
      // public/logo.png: the wordmark, as publishers' logos are wanted (a raster, 600 wide).
      logo: { '@type': 'ImageObject', url: absolute('/logo.png'), width: 600, height: 150 },
    },
    image: share
      ? [
          {
            '@type': 'ImageObject',
            url: absolute(mediaUrl(share.key)),
            width: share.width,
            height: share.height,
          },
        ]
      : undefined,
  };
}

/**
 * The JSON goes into a <script> element, the one place where a string could close the element:
 * every "<" is written as \\u003c, so "</script>" in a headline stays text. Line and paragraph
 * separators are escaped too (old JavaScript parsers end a string at them); parsed, the data is
 * exactly the story's text.
 */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
