import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { MISSING_METADATA } from '@/lib/public/missing';
import { MissingPage } from '@/components/article/missing-page';
import { FEED_ALTERNATES } from '@/lib/site';
import { tagBySlug } from '@/lib/public/directory';
import { listingPage } from '@/lib/public/listing';
import { OlderLink, StoryList } from '@/components/article/story-list';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const tag = await tagBySlug(await getDb(), (await params).slug);
  return tag
    ? { title: tag.name, alternates: { canonical: `/tag/${tag.slug}`, types: FEED_ALTERNATES } }
    : MISSING_METADATA;
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const db = await getDb();
  const tag = await tagBySlug(db, (await params).slug);
  if (!tag) return <MissingPage />;
  const { stories, next } = await listingPage(
    db,
    `/tag/${tag.slug}`,
    { tagId: tag.id },
    (await searchParams).before,
  );
  return (
    <div className="max-w-3xl">
      <p className="text-xs font-bold tracking-wider text-muted uppercase">Topic</p>
      <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{tag.name}</h1>
      {stories.length ? (
        <StoryList stories={stories} label={`Stories about ${tag.name}`} />
      ) : (
        <p className="py-8 text-muted">No stories here yet.</p>
      )}
      <OlderLink href={next} />
    </div>
  );
}
