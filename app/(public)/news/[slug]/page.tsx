import { cache } from 'react';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { MISSING_METADATA } from '@/lib/public/missing';
import { MissingPage } from '@/components/article/missing-page';
import { latestStories, publicStoryBySlug } from '@/lib/public/stories';
import { formatDateTime } from '@/lib/dates';
import { StoryBody } from '@/components/article/story-body';
import { Byline, Signature } from '@/components/article/byline';
import { LatestNews } from '@/components/article/latest-news';
import { Kicker } from '@/components/article/priority-badge';
import { JsonLd, newsArticleJsonLd } from '@/components/article/json-ld';
import { FEED_ALTERNATES, SITE_NAME, absolute } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

// Metadata and page ask for the same story: one query per request (React cache).
const load = cache(async (slug: string) => {
  await connection();
  return publicStoryBySlug(await getDb(), slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await load((await params).slug);
  if (!story) return MISSING_METADATA;
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
    },
    twitter: { card: 'summary', title: story.headline, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const story = await load((await params).slug);
  if (!story) return <MissingPage />;
  const latest = await latestStories(await getDb(), { limit: 10, excludeId: story.id });

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,42rem)_1fr]">
      <JsonLd data={newsArticleJsonLd(story)} />
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

        <div className="mt-6">
          <StoryBody body={story.body} />
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
