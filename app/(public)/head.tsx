// What a public page says about itself in <head>: title, description, canonical address, feeds,
// Open Graph and Twitter tags, robots. Rendered by document.tsx; addresses become absolute here.
import { SITE_NAME, absolute } from '@/lib/site';
import { localePath, type Alternate } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';

export interface FeedLink {
  type: 'application/rss+xml' | 'application/feed+json';
  path: string;
  title: string;
}

export interface PageHead {
  /** The page's own title; the document adds " — Dateline". None: the site's name alone. */
  title?: string;
  description?: string;
  /** The page's canonical path: never with tracking or other undeclared parameters. */
  canonical?: string;
  /** Search results and notices are not for search engines. */
  noindex?: boolean;
  /** Feeds this page offers before the site-wide ones. */
  feeds?: FeedLink[];
  /** `<meta property>` pairs (Open Graph), in order; paths are made absolute by the caller. */
  properties?: [string, string | undefined][];
  /** `<meta name>` pairs (Twitter cards), in order. */
  names?: [string, string | undefined][];
}

/** The site-wide feeds of a language, which every page in it advertises. */
export const siteFeeds = (language: LanguageCode): FeedLink[] => [
  { type: 'application/rss+xml', path: localePath(language, '/feed.xml'), title: SITE_NAME },
  { type: 'application/feed+json', path: localePath(language, '/feed.json'), title: SITE_NAME },
];

export function HeadTags({
  head,
  language,
  alternates,
  stylesheets,
}: {
  head: PageHead;
  language: LanguageCode;
  /** The page's hreflang alternates (lib/hreflang.ts): itself, its other versions, x-default. */
  alternates: Alternate[];
  stylesheets: string[];
}) {
  const title = head.title ? `${head.title} — ${SITE_NAME}` : SITE_NAME;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      <title>{title}</title>
      <meta name="description" content={head.description || messages(language).siteDescription} />
      {head.noindex ? <meta name="robots" content="noindex" /> : null}
      {head.canonical ? <link rel="canonical" href={absolute(head.canonical)} /> : null}
      {alternates.map((alternate) => (
        <link
          key={alternate.hreflang}
          rel="alternate"
          hrefLang={alternate.hreflang}
          href={absolute(alternate.path)}
        />
      ))}
      {[...(head.feeds ?? []), ...siteFeeds(language)].map((feed) => (
        <link
          key={`${feed.type} ${feed.path}`}
          rel="alternate"
          type={feed.type}
          href={absolute(feed.path)}
          title={feed.title}
        />
      ))}
      {(head.properties ?? []).map(([property, content], index) =>
        content ? <meta key={index} property={property} content={content} /> : null,
      )}
      {(head.names ?? []).map(([name, content], index) =>
        content ? <meta key={index} name={name} content={content} /> : null,
      )}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
    </head>
  );
}
