// RSS 2.0 and JSON Feed 1.1 from public story cards. Text only (no stored HTML), every value
// escaped for its context; tested by parsing the output. A feed is of one language's stories
// (/feed.xml, /ru/feed.xml…) and says which.
import { SITE_NAME, absolute } from '@/lib/site';
import { localePath, storyPath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import { mediaUrl, shareRendition } from './images';
import type { StoryCard } from './stories';

export interface FeedItem extends StoryCard {
  authors: string[];
  summary: string;
  /** The article's body as HTML (rendered from its JSON by the renderer of the article page). */
  contentHtml?: string;
}

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** The featured image as feeds carry it: one JPEG, absolute, with its size in bytes. */
function feedImage(item: FeedItem) {
  const rendition = item.image ? shareRendition(item.image.renditions) : null;
  return rendition ? { url: absolute(mediaUrl(rendition.key)), bytes: rendition.bytes } : null;
}

export function rssFeed(
  items: FeedItem[],
  {
    title,
    path,
    feedPath,
    language = 'en',
  }: { title: string; path: string; feedPath: string; language?: string },
): string {
  const entries = items
    .map((item) => {
      const url = absolute(storyPath(item));
      const image = feedImage(item);
      const enclosure = image
        ? `\n      <enclosure url="${escapeXml(image.url)}" length="${image.bytes}" type="image/jpeg"/>`
        : '';
      return `    <item>
      <title>${escapeXml(item.headline)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>${item.authors
        .map((name) => `\n      <dc:creator>${escapeXml(name)}</dc:creator>`)
        .join(
          '',
        )}${item.section ? `\n      <category>${escapeXml(item.section.name)}</category>` : ''}${enclosure}
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(absolute(path))}</link>
    <description>${escapeXml(messages(language).feedDescription(title))}</description>
    <language>${escapeXml(language)}</language>
    <atom:link href="${escapeXml(absolute(feedPath))}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}

export function jsonFeed(items: FeedItem[], language = 'en'): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: SITE_NAME,
      home_page_url: absolute(localePath(language, '/')),
      feed_url: absolute(localePath(language, '/feed.json')),
      language,
      items: items.map((item) => ({
        id: absolute(storyPath(item)),
        url: absolute(storyPath(item)),
        title: item.headline,
        summary: item.summary,
        ...(item.contentHtml ? { content_html: item.contentHtml } : { content_text: item.summary }),
        date_published: item.publishedAt.toISOString(),
        authors: item.authors.map((name) => ({ name })),
        tags: item.section ? [item.section.name] : [],
        image: feedImage(item)?.url,
      })),
    },
    null,
    2,
  );
}
