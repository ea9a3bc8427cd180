// The sitemaps of a language (/sitemap.xml, /ru/sitemap.xml…): every public address in it with its
// hreflang alternates (xhtml:link, the versions of the page in the site's other languages), and a
// Google News sitemap of the last 48 hours, each item with its language.
import { SITE_NAME, absolute } from '@/lib/site';
import { localePath, storyPath, type Alternate } from '@/lib/hreflang';
import { siteLanguages } from '@/lib/languages';
import { escapeXml } from './feeds';
import type { StoryCard } from './stories';

interface SitemapUrl {
  path: string;
  lastmod?: Date;
  alternates?: Alternate[];
}

function urlEntry(url: SitemapUrl): string {
  const links = (url.alternates ?? [])
    .map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escapeXml(absolute(alternate.path))}"/>`,
    )
    .join('');
  const lastmod = url.lastmod ? `<lastmod>${url.lastmod.toISOString()}</lastmod>` : '';
  return `  <url><loc>${escapeXml(absolute(url.path))}</loc>${lastmod}${links}</url>`;
}

export function sitemap(
  stories: { slug: string; language: string; lastModified: Date; alternates?: Alternate[] }[],
  sections: { slug: string; lastModified: Date | null; alternates?: Alternate[] }[],
  {
    language = 'en',
    frontAlternates = [],
  }: { language?: string; frontAlternates?: Alternate[] } = {},
): string {
  const urls: SitemapUrl[] = [
    {
      path: localePath(language, '/'),
      lastmod: stories[0]?.lastModified,
      alternates: frontAlternates,
    },
    ...sections.map((section) => ({
      path: localePath(language, `/section/${section.slug}`),
      lastmod: section.lastModified ?? undefined,
      alternates: section.alternates,
    })),
    ...stories.map((story) => ({
      path: storyPath(story),
      lastmod: story.lastModified,
      alternates: story.alternates,
    })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.map(urlEntry).join('\n')}
</urlset>
`;
}

export function newsSitemap(stories: StoryCard[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${stories
  .map(
    (story) => `  <url>
    <loc>${escapeXml(absolute(storyPath(story)))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>${escapeXml(story.language)}</news:language></news:publication>
      <news:publication_date>${story.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(story.headline)}</news:title>
    </news:news>
  </url>`,
  )
  .join('\n')}
</urlset>
`;
}

/** robots.txt: every language's sitemaps. */
export function robots(languages: readonly string[] = siteLanguages().all): string {
  const sitemaps = languages
    .flatMap((language) => [
      `Sitemap: ${absolute(localePath(language, '/sitemap.xml'))}`,
      `Sitemap: ${absolute(localePath(language, '/news-sitemap.xml'))}`,
    ])
    .join('\n');
  return `User-agent: *
Allow: /
Disallow: /desk
Disallow: /login
Disallow: /api/

${sitemaps}
`;
}
