// /author/{handle} (/ru/author/{handle}…): a correspondent's profile and published stories in a
// language, newest first.
import { getDb } from '@/db';
import { authorByHandle } from '@/lib/public/directory';
import type { PageRequest } from '@/lib/page-cache/routes';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';
import type { PublicAnswer } from '../../document';
import { listAnswer } from '../../list-page';
import { missing } from '../../not-found-page';

export async function authorPage(
  { params, query }: PageRequest,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const t = messages(language);
  const author = await authorByHandle(await getDb(), params.handle!);
  if (!author) return missing(language);
  return listAnswer({
    language,
    path: `/author/${author.handle}`,
    filter: { authorId: author.id },
    before: query.get('before'),
    head: { title: author.displayName, description: author.title || undefined },
    heading: (
      <header className="border-b-2 border-ink pb-3">
        <h1 className="font-serif text-3xl font-bold">{author.displayName}</h1>
        {author.title ? <p className="mt-1 text-muted">{author.title}</p> : null}
        {author.bio ? <p className="mt-2 font-serif whitespace-pre-line">{author.bio}</p> : null}
      </header>
    ),
    label: t.storiesBy(author.displayName),
    empty: t.noPublishedStories,
  });
}
