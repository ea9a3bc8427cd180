import { cache } from 'react';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { MISSING_METADATA } from '@/lib/public/missing';
import { MissingPage } from '@/components/article/missing-page';
import { imagesByIds, latestStories, publicStoryBySlug } from '@/lib/public/stories';
import { mediaUrl, shareRendition, type PublicImage } from '@/lib/public/images';
import { formatDateTime } from '@/lib/dates';
import { StoryBody } from '@/components/article/story-body';
import { bodyMediaIds } from '@/lib/story-body';
import { Caption, Picture } from '@/components/article/picture';
import { Byline, Signature } from '@/components/article/byline';
import { LatestNews } from '@/components/article/latest-news';
import { Kicker } from '@/components/article/priority-badge';
import { JsonLd, newsArticleJsonLd } from '@/components/article/json-ld';
import { FEED_ALTERNATES, SITE_NAME, absolute } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

// Metadata and page ask for the same story: one query per request (React cache). With it come
// the library images its body shows; the picture that stands for the story elsewhere (Open Graph,
// JSON-LD) is its featured image, else the first of those.
const load = cache(async (slug: string) => {
  await connection();
  const db = await getDb();
  const story = await publicStoryBySlug(db, slug);
  if (!story) return { story: null, images: new Map<string, PublicImage>(), share: null };
  const ids = bodyMediaIds(story.body);
  const images = await imagesByIds(db, ids);
  const share = story.image ?? ids.map((id) => images.get(id)).find(Boolean) ?? null;
  return { story, images, share };
});

function openGraphImages(image: PublicImage | null) {
  const rendition = image ? shareRendition(image.renditions) : null;
  if (!image || !rendition) return undefined;
  return [
    {
      url: mediaUrl(rendition.key),
      width: rendition.width,
      height: rendition.height,
      alt: image.alt,
    },
  ];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, share } = await load((await params).slug);
  if (!story) return MISSING_METADATA;
  const images = openGraphImages(share);
  const path = `/news/${story.slug}`;
  const description = story.standfirst || undefined;
  return {
    title: story.headline,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATES },
    openGraph: {
      type: 'article',
      url: path,
      siteName: SITE_NAME,
      title: story.headline,
      description,
      publishedTime: story.publishedAt.toISOString(),
      modifiedTime: (story.updatedAt ?? story.publishedAt).toISOString(),
      section: story.section?.name,
      authors: story.authors.map((author) => absolute(`/author/${author.handle}`)),
      tags: story.tags.map((tag) => tag.name),
      images,
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: story.headline,
      description,
      images,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { story, images, share } = await load((await params).slug);
  if (!story) return <MissingPage />;
  const latest = await latestStories(await getDb(), { limit: 10, excludeId: story.id });

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,42rem)_1fr]">
      <JsonLd data={newsArticleJsonLd({ ...story, image: share })} />
      <article>
        <header>
          <Kicker
            priority={story.priority}
            section={story.section?.name ?? null}
            href={story.section ? `/section/${story.section.slug}` : undefined}
          />
          <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-[2.5rem]">
            {story.headline}
          </h1>
          {story.standfirst ? (
            <p className="mt-3 font-serif text-xl text-muted">{story.standfirst}</p>
          ) : null}
          <div className="mt-4 border-y border-rule py-2">
            <Byline authors={story.authors} />
            <p className="text-sm text-muted">
              <span className="font-semibold text-ink" aria-label="Dateline">
                {story.dateline}
              </span>
              {' · '}
              <time dateTime={story.publishedAt.toISOString()}>
                {formatDateTime(story.publishedAt)}
              </time>
              {story.updatedAt ? (
                <>
                  {' · Updated '}
                  <time dateTime={story.updatedAt.toISOString()}>
                    {formatDateTime(story.updatedAt)}
                  </time>
                </>
              ) : null}
            </p>
          </div>
        </header>

        {story.image ? (
          <figure className="mt-6">
            <Picture
              image={story.image}
              sizes="(min-width: 768px) 42rem, 100vw"
              className="w-full"
              priority
            />
            <Caption caption={story.image.caption} credit={story.image.credit} />
          </figure>
        ) : null}

        <div className="mt-6">
          <StoryBody body={story.body} images={images} revisionId={story.revisionId} />
        </div>
        <Signature authors={story.authors} dateline={story.dateline} />

        {story.corrections.length > 0 ? (
          <section aria-labelledby="corrections" className="mt-8 border-t border-rule pt-4">
            <h2 id="corrections" className="text-sm font-bold uppercase">
              Corrections
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              {story.corrections.map((correction) => (
                <li key={correction.at}>
                  <time dateTime={correction.at} className="text-muted">
                    {formatDateTime(new Date(correction.at))}
                  </time>{' '}
                  {correction.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {story.tags.length > 0 ? (
          <ul aria-label="Tags" className="mt-6 flex flex-wrap gap-2 text-sm">
            {story.tags.map((tag) => (
              <li key={tag.slug}>
                <a
                  href={`/tag/${tag.slug}`}
                  className="inline-block rounded-full border border-rule px-3 py-0.5 hover:border-ink"
                >
                  {tag.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </article>

      <LatestNews stories={latest} />
    </div>
  );
}
