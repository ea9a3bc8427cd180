// /section/{slug} (/ru/section/{slug}…): a section's stories in a language, newest first, with
// its own feed.
import { getDb } from '@/db';
import { inLanguageOf, movedTo, sectionBySlug } from '@/lib/public/directory';
import { SITE_NAME } from '@/lib/site';
import type { PageRequest } from '@/lib/page-cache/routes';
import { localePath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';
import type { PublicAnswer } from '../../document';
import { listAnswer } from '../../list-page';
import { missing } from '../../not-found-page';

export async function sectionPage(
  { params, query }: PageRequest,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const db = await getDb();
  const t = messages(language);
  const found = await sectionBySlug(db, params.slug!);
  if (!found) {
    const moved = await movedTo(db, 'section', params.slug!);
    return moved
      ? { kind: 'redirect', status: 308, location: localePath(language, `/section/${moved}`) }
      : missing(language);
  }
  const section = inLanguageOf(found, language);
  const path = localePath(language, `/section/${section.slug}`);
  return listAnswer({
    language,
    path: `/section/${section.slug}`,
    filter: { sectionId: section.id },
    before: query.get('before'),
    head: {
      title: section.name,
      feeds: [
        {
          type: 'application/rss+xml',
          path: `${path}/feed.xml`,
          title: `${SITE_NAME}: ${section.name}`,
        },
      ],
    },
    heading: (
      <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{section.name}</h1>
    ),
    label: t.sectionStories(section.name),
    empty: t.noStoriesYet,
  });
}
