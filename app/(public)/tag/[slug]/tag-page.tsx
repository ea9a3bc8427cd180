// /tag/{slug} (/ru/tag/{slug}…): the stories about one topic in a language, newest first.
import { getDb } from '@/db';
import { inLanguageOf, movedTo, tagBySlug } from '@/lib/public/directory';
import type { PageRequest } from '@/lib/page-cache/routes';
import { localePath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';
import type { PublicAnswer } from '../../document';
import { listAnswer } from '../../list-page';
import { missing } from '../../not-found-page';

export async function tagPage(
  { params, query }: PageRequest,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const db = await getDb();
  const t = messages(language);
  const found = await tagBySlug(db, params.slug!);
  if (!found) {
    // A renamed address, or a tag merged into another: 308 to where it lives now.
    const moved = await movedTo(db, 'tag', params.slug!);
    return moved
      ? { kind: 'redirect', status: 308, location: localePath(language, `/tag/${moved}`) }
      : missing(language);
  }
  const tag = inLanguageOf(found, language);
  return listAnswer({
    language,
    path: `/tag/${tag.slug}`,
    filter: { tagId: tag.id },
    before: query.get('before'),
    head: { title: tag.name },
    heading: (
      <>
        <p className="text-xs font-bold tracking-wider text-muted uppercase">{t.topic}</p>
        <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{tag.name}</h1>
      </>
    ),
    label: t.storiesAbout(tag.name),
    empty: t.noStoriesYet,
  });
}
