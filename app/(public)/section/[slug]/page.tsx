import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { MISSING_METADATA } from '@/lib/public/missing';
import { MissingPage } from '@/components/article/missing-page';
import { FEED_ALTERNATES, SITE_NAME } from '@/lib/site';
import { sectionBySlug } from '@/lib/public/directory';
import { listingPage } from '@/lib/public/listing';
import { OlderLink, StoryList } from '@/components/article/story-list';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const section = await sectionBySlug(await getDb(), (await params).slug);
  if (!section) return MISSING_METADATA;
  return {
    title: section.name,
    alternates: {
      canonical: `/section/${section.slug}`,
      types: {
        ...FEED_ALTERNATES,
        'application/rss+xml': [
          { url: `/section/${section.slug}/feed.xml`, title: `${SITE_NAME}: ${section.name}` },
          ...FEED_ALTERNATES['application/rss+xml'],
        ],
      },
    },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  await connection();
  const db = await getDb();
  const section = await sectionBySlug(db, (await params).slug);
  if (!section) return <MissingPage />;
  const path = `/section/${section.slug}`;
  const { stories, next } = await listingPage(
    db,
    path,
    { sectionId: section.id },
    (await searchParams).before,
  );
  return (
    <div className="max-w-3xl">
      <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{section.name}</h1>
      {stories.length ? (
        <StoryList stories={stories} label={`${section.name} stories`} />
      ) : (
        <p className="py-8 text-muted">No stories here yet.</p>
      )}
      <OlderLink href={next} />
    </div>
  );
}
