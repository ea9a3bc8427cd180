// /tag/{slug}: the stories about one topic, newest first.
import { getDb } from '@/db';
import { movedTo, tagBySlug } from '@/lib/public/directory';
import type { PageRequest } from '@/lib/page-cache/routes';
import type { PublicAnswer } from '../../document';
import { listAnswer } from '../../list-page';
import { missing } from '../../not-found-page';

export async function tagPage({ params, query }: PageRequest): Promise<PublicAnswer> {
  const db = await getDb();
  const tag = await tagBySlug(db, params.slug!);
  if (!tag) {
    // A renamed address, or a tag merged into another: 308 to where it lives now.
    const moved = await movedTo(db, 'tag', params.slug!);
    return moved ? { kind: 'redirect', status: 308, location: `/tag/${moved}` } : missing();
  }
  return listAnswer({
    path: `/tag/${tag.slug}`,
    filter: { tagId: tag.id },
    before: query.get('before'),
    head: { title: tag.name },
    heading: (
      <>
        <p className="text-xs font-bold tracking-wider text-muted uppercase">Topic</p>
        <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{tag.name}</h1>
      </>
    ),
    label: `Stories about ${tag.name}`,
    empty: 'No stories here yet.',
  });
}
