// /news/{slug} (and /ru/news/{slug}…): the article, under its own language's prefix only, in the
// chrome of its language with its published translations as alternates; or where its address
// leads now (an older slug moves on, a withdrawn story is gone), or the notice.
import { getDb, type Database } from '@/db';
import { articleRoute } from '@/lib/public/routing';
import { memoUntilInvalidated } from '@/lib/page-cache/memo';
import { LATEST_TAG, inLanguage } from '@/lib/page-cache/tags';
import {
  imagesByIds,
  latestStories,
  publicStoryBySlug,
  publicVersions,
  type StoryCard,
} from '@/lib/public/stories';
import { localePath, storyPath, type LanguageVersion } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import { isLanguageCode, type LanguageCode } from '@/lib/languages';
import type { StoryVersion } from '@/components/article/json-ld';
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
  const [images, versions] = await Promise.all([
    imagesByIds(db, ids),
    publicVersions(db, story.translationGroupId),
  ]);
  const share = story.image ?? ids.map((id) => images.get(id)).find(Boolean) ?? null;
  return { story, images, share, versions };
}

type Loaded = Omit<NonNullable<Awaited<ReturnType<typeof load>>>, 'versions'> & {
  versions?: StoryVersion[];
};

/**
 * The "Latest news" beside every article of a language: one more than shown, as the article may
 * be among them.
 */
const latestMemos = new Map<string, () => Promise<StoryCard[]>>();
function latestNews(language: string) {
  let memo = latestMemos.get(language);
  if (!memo) {
    memo = memoUntilInvalidated(inLanguage(LATEST_TAG, language), async () =>
      latestStories(await getDb(), { limit: 11, filter: { language } }),
    );
    latestMemos.set(language, memo);
  }
  return memo();
}

function shareImage(image: PublicImage | null) {
  const rendition = image ? shareRendition(image.renditions) : null;
  if (!image || !rendition) return null;
  return { url: absolute(mediaUrl(rendition.key)), ...rendition, alt: image.alt };
}

function articleHead({ story, share }: Loaded): PageHead {
  const image = shareImage(share);
  const url = absolute(storyPath(story));
  const description = story.standfirst || undefined;
  const size = (value: number | undefined) => (value ? String(value) : undefined);
  return {
    title: story.headline,
    description,
    canonical: storyPath(story),
    properties: [
      ['og:title', story.headline],
      ['og:description', description],
      ['og:url', url],
      ['og:site_name', SITE_NAME],
      ['og:locale', OG_LOCALES[story.language]],
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
        absolute(localePath(story.language, `/author/${author.handle}`)),
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

/** Open Graph's locale of each language. */
const OG_LOCALES: Record<string, string> = { en: 'en_GB', ru: 'ru_RU', az: 'az_AZ' };

export async function articlePage(
  { slug }: Record<string, string>,
  language: LanguageCode,
): Promise<PublicAnswer> {
  const db = await getDb();
  const loaded = await load(db, slug!);
  // A story is served under its own language's prefix only: /ru/news/{an English slug} is no page.
  if (!loaded || loaded.story.language !== language) {
    if (loaded) return missing(language);
    // Not public: perhaps withdrawn (410), or an older address of a story that moved (308).
    const route = await articleRoute(db, slug!);
    if (route.kind === 'moved') {
      return {
        kind: 'redirect',
        status: 308,
        location: storyPath({ slug: route.slug, language: route.language }),
      };
    }
    return route.kind === 'gone'
      ? { kind: 'gone', headline: route.headline, language }
      : missing(language);
  }
  const [news, mostRead] = await Promise.all([latestNews(language), mostReadForPages(language)]);
  const latest = news.filter((card) => card.id !== loaded.story.id).slice(0, 10);
  const versions: LanguageVersion[] = loaded.versions.flatMap((version) =>
    isLanguageCode(version.language)
      ? [{ language: version.language, path: storyPath(version) }]
      : [],
  );
  return {
    kind: 'page',
    language,
    versions,
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
  versions = [],
  preview = false,
}: Loaded & { latest: StoryCard[]; mostRead: StoryCard[]; preview?: boolean }) {
  const language = story.language;
  const t = messages(language);
  const at = (path: string) => localePath(language, path);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,42rem)_1fr]">
      {preview ? null : <JsonLd data={newsArticleJsonLd({ ...story, image: share }, versions)} />}
      <div>
        <article>
          {preview ? null : <ViewBeacon storyId={story.id} />}
          <header>
            <Kicker
              priority={story.priority}
              section={story.section?.name ?? null}
              href={story.section ? at(`/section/${story.section.slug}`) : undefined}
              language={language}
            />
            <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-[2.5rem]">
              {story.headline}
            </h1>
            {story.standfirst ? (
              <p className="mt-3 font-serif text-xl text-muted">{story.standfirst}</p>
            ) : null}
            <div className="mt-4 border-y border-rule py-2">
              <Byline authors={story.authors} language={language} />
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{story.dateline}</span>
                {' · '}
                <time dateTime={story.publishedAt.toISOString()}>
                  {formatDateTime(story.publishedAt, language)}
                </time>
                {story.updatedAt ? (
                  <>
                    {` · ${t.updated} `}
                    <time dateTime={story.updatedAt.toISOString()}>
                      {formatDateTime(story.updatedAt, language)}
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
                {t.corrections}
              </h2>
              <ul className="mt-2 space-y-2 text-sm">
                {story.corrections.map((correction) => (
                  <li key={correction.at}>
                    <time dateTime={correction.at} className="text-muted">
                      {formatDateTime(new Date(correction.at), language)}
                    </time>{' '}
                    {correction.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {story.tags.length > 0 ? (
            <ul aria-label={t.tags} className="mt-6 flex flex-wrap gap-2 text-sm">
              {story.tags.map((tag) => (
                <li key={tag.slug}>
                  <a
                    href={at(`/tag/${tag.slug}`)}
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
          <MostRead stories={mostRead} language={language} />
        </div>
      </div>

      {latest.length ? <LatestNews stories={latest} language={language} /> : null}
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
