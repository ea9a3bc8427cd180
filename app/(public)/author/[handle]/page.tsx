import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { MISSING_METADATA } from '@/lib/public/missing';
import { MissingPage } from '@/components/article/missing-page';
import { FEED_ALTERNATES } from '@/lib/site';
import { authorByHandle } from '@/lib/public/directory';
import { listingPage } from '@/lib/public/listing';
import { OlderLink, StoryList } from '@/components/article/story-list';

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const author = await authorByHandle(await getDb(), (await params).handle);
  if (!author) return MISSING_METADATA;
  return {
    title: author.displayName,
    description: author.title || undefined,
    alternates: { canonical: `/author/${author.handle}`, types: FEED_ALTERNATES },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const db = await getDb();
  const author = await authorByHandle(db, (await params).handle);
  if (!author) return <MissingPage />;
  const { stories, next } = await listingPage(
    db,
    `/author/${author.handle}`,
    { authorId: author.id },
    (await searchParams).before,
  );
  return (
    <div className="max-w-3xl">
      <header className="border-b-2 border-ink pb-3">
        <h1 className="font-serif text-3xl font-bold">{author.displayName}</h1>
        {author.title ? <p className="mt-1 text-muted">{author.title}</p> : null}
        {author.bio ? <p className="mt-2 font-serif whitespace-pre-line">{author.bio}</p> : null}
      </header>
      {stories.length ? (
        <StoryList stories={stories} label={`Stories by ${author.displayName}`} />
      ) : (
        <p className="py-8 text-muted">No published stories yet.</p>
      )}
      <OlderLink href={next} />
    </div>
  );
}
