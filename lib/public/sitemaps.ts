// The sitemap of every public address, and a Google News sitemap of the last 48 hours.
import { SITE_NAME, absolute } from '@/lib/site';
import { escapeXml } from './feeds';
import type { StoryCard } from './stories';

export function sitemap(
  stories: { slug: string; lastModified: Date }[],
  sections: { slug: string; lastModified: Date | null }[],
): string {
  const urls = [
    { loc: absolute('/'), lastmod: stories[0]?.lastModified },
    ...sections.map((section) => ({
      loc: absolute(`/section/${section.slug}`),
      lastmod: section.lastModified ?? undefined,
    })),
    ...stories.map((story) => ({
      loc: absolute(`/news/${story.slug}`),
      lastmod: story.lastModified,
    })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(
    (url) =>
      `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod.toISOString()}</lastmod>` : ''}</url>`,
  )
  .join('\n')}
</urlset>
`;
}

export function newsSitemap(stories: StoryCard[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${stories
  .map(
    (story) => `  <url>
    <loc>${escapeXml(absolute(`/news/${story.slug}`))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${story.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(story.headline)}</news:title>
    </news:news>
  </url>`,
  )
  .join('\n')}
</urlset>
`;
}

export function robots(): string {
  return `User-agent: *
Allow: /
Disallow: /desk
Disallow: /login
Disallow: /api/

Sitemap: ${absolute('/sitemap.xml')}
Sitemap: ${absolute('/news-sitemap.xml')}
`;
}
