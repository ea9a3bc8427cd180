// What the three public lists share (a section, a tag, an author): one keyset page of stories,
// the "Older stories" link, and a cursor past the last story sent back to the list's first page
// rather than shown as an empty page. Each list is of one language's stories: its own address
// (/ru/section/world) with the same list in the site's other languages as alternates.
import type { ReactNode } from 'react';
import { getDb } from '@/db';
import { OlderLink, StoryList } from '@/components/article/story-list';
import { listingPage } from '@/lib/public/listing';
import { decodePageCursor, type ListFilter } from '@/lib/public/stories';
import type { ParamRule } from '@/lib/page-cache/routes';
import type { PublicAnswer } from './document';
import type { PageHead } from './head';
import { localePath, siteWideVersions } from '@/lib/hreflang';
import type { LanguageCode } from '@/lib/languages';

/** The lists' one parameter: a cursor that parses, or malformed. */
export const LIST_QUERY: Record<string, ParamRule> = {
  before: (raw) => (raw === '' ? '' : decodePageCursor(raw) ? raw : null),
};

export async function listAnswer({
  language,
  path: plainPath,
  filter,
  before,
  head,
  heading,
  label,
  empty,
}: {
  language: LanguageCode;
  /** The list's address in the default language (`/section/world`). */
  path: string;
  filter: ListFilter;
  before: string | null;
  head: PageHead;
  heading: ReactNode;
  label: string;
  empty: string;
}): Promise<PublicAnswer> {
  const path = localePath(language, plainPath);
  const { stories, next } = await listingPage(await getDb(), path, { ...filter, language }, before);
  if (before && stories.length === 0) return { kind: 'redirect', status: 302, location: path };
  return {
    kind: 'page',
    language,
    versions: siteWideVersions(plainPath),
    head: { canonical: path, ...head },
    body: (
      <div className="max-w-3xl">
        {heading}
        {stories.length ? (
          <StoryList stories={stories} label={label} />
        ) : (
          <p className="py-8 text-muted">{empty}</p>
        )}
        <OlderLink href={next} language={language} />
      </div>
    ),
  };
}
