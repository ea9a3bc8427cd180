// Public pages as plain HTML documents, rendered in the server's own process with React's server
// renderer (ARCHITECTURE.md, "The request lifecycle"): the same components as ever, without the
// App Router's pipeline, which cost more than the page itself. Public pages hold no client
// component and run no script (their policy is script-src 'none'); structured data stays.
// Each page is a document of its own language (`<html lang>`: ARCHITECTURE.md, Languages), so the
// root layout of app/layout.tsx, which the desk uses, never decides a public page's language.
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { getDb } from '@/db';
import { pageFrom } from '@/lib/page-cache/page';
import { memoUntilInvalidated } from '@/lib/page-cache/memo';
import { SITE_TAG } from '@/lib/page-cache/tags';
import type { CachedPage } from '@/lib/page-cache/memory';
import { allSections, inLanguageOf } from '@/lib/public/directory';
import { breakingNews } from '@/lib/public/front';
import { goneNotice } from '@/lib/public/gone-notice';
import { alternatesOf, type LanguageVersion } from '@/lib/hreflang';
import type { LanguageCode } from '@/lib/languages';
import { HeadTags, type PageHead } from './head';
import { SiteChrome } from './site-chrome';
import { publicStylesheets } from './stylesheets';

/** A public page: its head and body, in its language, with the versions it exists in. */
export interface PageAnswer {
  kind: 'page';
  head: PageHead;
  body: ReactElement;
  status?: 200 | 404;
  /** The page's language: `<html lang>`, the chrome's words, its addresses. */
  language: LanguageCode;
  /**
   * The page in each language it exists in (itself included): an article's published
   * translations, a front or section page in every language of the site. Two or more make the
   * hreflang alternates and the language switcher; none or one, neither.
   */
  versions?: LanguageVersion[];
}

/** What a public route answers, before it becomes bytes. */
export type PublicAnswer =
  | PageAnswer
  | { kind: 'redirect'; location: string; status: 302 | 308 }
  | { kind: 'gone'; headline: string; language: LanguageCode }
  | { kind: 'file'; body: string; contentType: string };

const HTML = 'text/html; charset=utf-8';

/** The answer as a page for the cache, tagged with what it shows. */
export async function toPage(answer: PublicAnswer, tags: string[]): Promise<CachedPage> {
  switch (answer.kind) {
    case 'page':
      return pageFrom(answer.status ?? 200, { 'content-type': HTML }, await document(answer), tags);
    case 'redirect':
      return pageFrom(answer.status, { location: answer.location }, '', tags);
    case 'gone':
      return pageFrom(
        410,
        { 'content-type': HTML },
        goneNotice(answer.headline, answer.language),
        tags,
      );
    case 'file':
      return pageFrom(
        200,
        { 'content-type': `${answer.contentType}; charset=utf-8` },
        answer.body,
        tags,
      );
  }
}

/** The section menu, read again only when the `site` tag is invalidated. */
const siteSections = memoUntilInvalidated(SITE_TAG, async () => allSections(await getDb()));
/** The breaking-news strip: setting or clearing it invalidates the `site` tag (lib/services/front.ts). */
const siteBreaking = memoUntilInvalidated(SITE_TAG, async () => breakingNews(await getDb()));

async function document({ head, body, language, versions = [] }: PageAnswer) {
  const [sections, breaking] = await Promise.all([siteSections(), siteBreaking()]);
  const alternates = alternatesOf(versions);
  const html = renderToString(
    <html lang={language}>
      <HeadTags
        head={head}
        language={language}
        alternates={alternates}
        stylesheets={publicStylesheets()}
      />
      <body className="min-h-screen font-sans antialiased">
        <SiteChrome
          sections={sections.map((section) => inLanguageOf(section, language))}
          breaking={breaking}
          language={language}
          versions={alternates.length ? versions : []}
        >
          {body}
        </SiteChrome>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${html}`;
}
