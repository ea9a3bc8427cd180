// Public pages as plain HTML documents, rendered in the server's own process with React's server
// renderer (ARCHITECTURE.md, "The request lifecycle"): the same components as ever, without the
// App Router's pipeline, which cost more than the page itself. Public pages hold no client
// component and run no script (their policy is script-src 'none'); structured data stays.
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { getDb } from '@/db';
import { pageFrom } from '@/lib/page-cache/page';
import { memoUntilInvalidated } from '@/lib/page-cache/memo';
import { SITE_TAG } from '@/lib/page-cache/tags';
import type { CachedPage } from '@/lib/page-cache/memory';
import { allSections } from '@/lib/public/directory';
import { breakingNews } from '@/lib/public/front';
import { goneNotice } from '@/lib/public/gone-notice';
import { HeadTags, type PageHead } from './head';
import { SiteChrome } from './site-chrome';
import { publicStylesheets } from './stylesheets';

/** What a public route answers, before it becomes bytes. */
export type PublicAnswer =
  | { kind: 'page'; head: PageHead; body: ReactElement; status?: 200 | 404 }
  | { kind: 'redirect'; location: string; status: 302 | 308 }
  | { kind: 'gone'; headline: string }
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
      return pageFrom(410, { 'content-type': HTML }, goneNotice(answer.headline), tags);
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

async function document({ head, body }: { head: PageHead; body: ReactElement }) {
  const [sections, breaking] = await Promise.all([siteSections(), siteBreaking()]);
  const html = renderToString(
    <html lang="en">
      <HeadTags head={head} stylesheets={publicStylesheets()} />
      <body className="min-h-screen font-sans antialiased">
        <SiteChrome sections={sections} breaking={breaking}>
          {body}
        </SiteChrome>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${html}`;
}
