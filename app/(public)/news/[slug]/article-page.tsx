// /news/{slug}: the article, or where its address leads now (an older slug moves on, a withdrawn
// story is gone), or the notice.
import { getDb, type Database } from '@/db';
import { articleRoute } from '@/lib/public/routing';
import { memoUntilInvalidated } from '@/lib/page-cache/memo';
import { LATEST_TAG } from '@/lib/page-cache/tags';
import {
  imagesByIds,
  latestStories,
  publicStoryBySlug,
  type StoryCard,
} from '@/lib/public/stories';
import { mediaUrl, shareRendition, type PublicImage } from '@/lib/public/images';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/dates';
import type { StoryPreview } from '@/lib/services/preview';
import { StoryBody } from '@/components/article/story-body';
import { bodyMediaIds } from '@/lib/story-body';
import { FeaturedFigure } from '@/components/article/picture';
import { Byline, Signature } from '@/components/article/byline';
import { LatestNews } from '@/components/article/latest-news';
import { ViewBeacon } from '@/components/article/view-beacon';
import { MostRead } from '@/components/article/most-read';
import { mostReadForPages } from '@/lib/public/most-read';
import { Kicker } from '@/components/article/priority-badge';
import { JsonLd, newsArticleJsonLd } from '@/components/article/json-ld';
import { SITE_NAME, absolute } from '@/lib/site';
import type { PageHead } from '../../head';
import type { PublicAnswer } from '../../document';
import { missing } from '../../not-found-page';

// With the story come the library images its body shows; the picture that stands for the story
// elsewhere (Open Graph, JSON-LD) is its featured image, else the first of those.
async function load(db: Database, slug: string) {
  const story = await publicStoryBySlug(db, slug);
  if (!story) return null;
  const ids = bodyMediaIds(story.body);
  const images = await imagesByIds(db, ids);
  const share = story.image ?? ids.map((id) => images.get(id)).find(Boolean) ?? null;
  return { story, images, share };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

/** The "Latest news" beside every article: one more than shown, as the article may be among them. */
const latestNews = memoUntilInvalidated(LATEST_TAG, async () =>
  latestStories(await getDb(), { limit: 11 }),
);

function shareImage(image: PublicImage | null) {
  const rendition = image ? shareRendition(image.renditions) : null;
  if (!image || !rendition) return null;
  return { url: absolute(mediaUrl(rendition.key)), ...rendition, alt: image.alt };
}

function articleHead({ story, share }: Loaded): PageHead {
  const image = shareImage(share);
  const url = absolute(`/news/${story.slug}`);
  const description = story.standfirst || undefined;
  const size = (value: number | undefined) => (value ? String(value) : undefined);
  return {
    title: story.headline,
    description,
    canonical: `/news/${story.slug}`,
    properties: [
      ['og:title', story.headline],
      ['og:description', description],
      ['og:url', url],
      ['og:site_name', SITE_NAME],
      ...(image
        ? ([
            ['og:image', image.url],
            ['og:image:width', size(image.width)],
            ['og:image:height', size(image.height)],
            ['og:image:alt', image.alt],
          ] as [string, string | undefined][])
        : []),
      ['og:type', 'article'],
      ['article:published_time', story.publishedAt.toISOString()],
      ['article:modified_time', (story.updatedAt ?? story.publishedAt).toISOString()],
      ...story.authors.map((author): [string, string] => [
        'article:author',
        absolute(`/author/${author.handle}`),
      ]),
      ['article:section', story.section?.name],
      ...story.tags.map((tag): [string, string] => ['article:tag', tag.name]),
    ],
    names: [
      ['twitter:card', image ? 'summary_large_image' : 'summary'],
      ['twitter:title', story.headline],
      ['twitter:description', description],
      ['twitter:image', image?.url],
      ['twitter:image:alt', image?.alt],
    ],
  };
}

export async function articlePage({ slug }: Record<string, string>): Promise<PublicAnswer> {
  const db = await getDb();
  const loaded = await load(db, slug!);
  if (!loaded) {
    // Not public: perhaps withdrawn (410), or an older address of a story that moved (308).
    const route = await articleRoute(db, slug!);
    if (route.kind === 'moved') {
      return { kind: 'redirect', status: 308, location: `/news/${route.slug}` };
    }
    return route.kind === 'gone' ? { kind: 'gone', headline: route.headline } : missing();
  }
  const [news, mostRead] = await Promise.all([latestNews(), mostReadForPages()]);
  const latest = news.filter((card) => card.id !== loaded.story.id).slice(0, 10);
  return {
    kind: 'page',
    head: articleHead(loaded),
    body: <Article {...loaded} latest={latest} mostRead={mostRead} />,
  };
}

/**
 * The article template. The desk's preview (`/desk/stories/{id}/preview`) renders it too, with
 * `preview` set: no view beacon (a preview is not a reader) and no structured data.
 */
export function Article({
  story,
  images,
  share,
  latest,
  mostRead,
  preview = false,
}: Loaded & { latest: StoryCard[]; mostRead: StoryCard[]; preview?: boolean }) {
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,42rem)_1fr]">
      {preview ? null : <JsonLd data={newsArticleJsonLd({ ...story, image: share })} />}
      <div>
        <article>
          {preview ? null : <ViewBeacon storyId={story.id} />}
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
                <span className="font-semibold text-ink">{story.dateline}</span>
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
            <FeaturedFigure
              image={story.image}
              sizes="(min-width: 768px) 42rem, 100vw"
              className="mt-6"
            />
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
        <div className="mt-10">
          <MostRead stories={mostRead} />
        </div>
      </div>

      {latest.length ? <LatestNews stories={latest} /> : null}
    </div>
  );
}

/**
 * A story's working copy as readers would see it, under a bar saying it is not published: the
 * desk's preview and a shared preview link show it alike (`actions`: what the page adds to the
 * bar). No latest news or most read beside it: a preview is of the story alone.
 */
export function ArticlePreview({
  preview: { story, images, revision },
  actions,
}: {
  preview: StoryPreview;
  actions?: ReactNode;
}) {
  return (
    <>
      <div
        role="note"
        aria-label="Preview"
        className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-2 border-accent bg-paper px-3 py-2"
      >
        <strong className="text-accent">Preview — not published</strong>
        <span className="text-muted">
          Revision {revision.number}, saved {formatDateTime(revision.savedAt)}
        </span>
        {actions}
      </div>
      <div className="font-serif text-ink">
        <Article
          story={story}
          images={images}
          share={story.image}
          latest={[]}
          mostRead={[]}
          preview
        />
      </div>
    </>
  );
}
