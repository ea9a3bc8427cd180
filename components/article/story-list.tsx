import type { ReactNode } from 'react';
import type { StoryCard } from '@/lib/public/stories';
import { formatDateTime } from '@/lib/dates';
import { storyPath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import { FeaturedFigure, Picture } from './picture';
import { Kicker, PriorityBadge } from './priority-badge';

/**
 * How a list lays its stories out: `list` one under another with a thumbnail at the side (lists
 * and search), `tiles` a grid of cards with the picture on top (the front page's top stories),
 * `rail` headlines only, with section and time (the front page's latest news).
 */
export type StoryListVariant = 'list' | 'tiles' | 'rail';

function When({ story }: { story: StoryCard }) {
  return (
    <time dateTime={story.publishedAt.toISOString()}>
      {formatDateTime(story.publishedAt, story.language)}
    </time>
  );
}

function Headline({
  story,
  level,
  className,
}: {
  story: StoryCard;
  level: 1 | 2 | 3;
  className: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className}>
      <a href={storyPath(story)} className="hover:underline">
        {story.headline}
      </a>
    </Tag>
  );
}

/** One story as a card: kicker, headline, standfirst, dateline and time. */
function Card({
  story,
  variant,
  level,
  extra,
}: {
  story: StoryCard;
  variant: 'list' | 'tiles';
  level: 2 | 3;
  extra?: ReactNode;
}) {
  const tile = variant === 'tiles';
  return (
    <>
      {story.image ? (
        // The headline beside it says what the story is: the picture adds no words.
        <div className={tile ? 'mb-3' : 'float-right ml-4 w-28 sm:w-40'}>
          <Picture
            image={story.image}
            sizes={
              tile
                ? '(min-width: 1280px) 15rem, (min-width: 640px) 50vw, 100vw'
                : '(min-width: 640px) 10rem, 7rem'
            }
            className={tile ? 'aspect-[3/2] w-full object-cover' : undefined}
            decorative
          />
        </div>
      ) : null}
      <Kicker
        priority={story.priority}
        section={story.section?.name ?? null}
        language={story.language}
      />
      <Headline
        story={story}
        level={level}
        className={`mt-0.5 font-serif leading-snug font-bold ${tile ? 'text-lg' : 'text-xl'}`}
      />
      {story.standfirst ? (
        <p className={`mt-1 font-serif text-muted ${tile ? 'line-clamp-3 text-sm' : ''}`}>
          {story.standfirst}
        </p>
      ) : null}
      {extra}
      <p className="mt-1 text-xs text-muted">
        {story.dateline ? `${story.dateline} · ` : ''}
        <When story={story} />
      </p>
    </>
  );
}

/** A list of stories as readers browse them, laid out as `variant` says. */
export function StoryList({
  stories,
  label,
  extra,
  variant = 'list',
  headingLevel = 2,
  withSection = true,
}: {
  stories: StoryCard[];
  label: string;
  extra?: (story: StoryCard) => ReactNode;
  variant?: StoryListVariant;
  /** The level of each headline's heading: 3 where the list sits under a heading of its own. */
  headingLevel?: 2 | 3;
  /** False under a section's own heading, where each story's section would repeat it. */
  withSection?: boolean;
}) {
  if (variant === 'rail') {
    return (
      <ol aria-label={label} className="divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.id} className="py-3">
            <a href={storyPath(story)} className="font-serif leading-snug hover:underline">
              <PriorityBadge priority={story.priority} language={story.language} />
              {story.headline}
            </a>
            <p className="mt-0.5 text-xs text-muted">
              {withSection && story.section ? `${story.section.name} · ` : ''}
              <When story={story} />
            </p>
          </li>
        ))}
      </ol>
    );
  }
  const tiles = variant === 'tiles';
  return (
    <ol
      aria-label={label}
      className={
        tiles ? 'grid gap-x-6 gap-y-8 sm:grid-cols-2 xl:grid-cols-3' : 'divide-y divide-rule'
      }
    >
      {stories.map((story) => (
        <li key={story.id} className={tiles ? 'border-t border-rule pt-3' : 'flow-root py-4'}>
          <Card story={story} variant={variant} level={headingLevel} extra={extra?.(story)} />
        </li>
      ))}
    </ol>
  );
}

/** The story that leads a page: its picture large, with caption and credit, and its headline. */
export function LeadStory({ story }: { story: StoryCard }) {
  return (
    <article aria-labelledby="lead-headline">
      {story.image ? (
        <FeaturedFigure
          image={story.image}
          sizes="(min-width: 1152px) 46rem, (min-width: 1024px) 64vw, 100vw"
          className="mb-4"
        />
      ) : null}
      <Kicker
        priority={story.priority}
        section={story.section?.name ?? null}
        language={story.language}
      />
      <h1
        id="lead-headline"
        className={`mt-1 font-serif leading-tight font-bold ${
          story.image ? 'text-3xl sm:text-4xl' : 'text-4xl sm:text-5xl'
        }`}
      >
        <a href={storyPath(story)} className="hover:underline">
          {story.headline}
        </a>
      </h1>
      {story.standfirst ? (
        <p className="mt-3 font-serif text-lg text-muted sm:text-xl">{story.standfirst}</p>
      ) : null}
      <p className="mt-3 text-sm text-muted">
        {story.dateline ? `${story.dateline} · ` : ''}
        <When story={story} />
      </p>
    </article>
  );
}

/** "Older stories": the next page starts after the last story shown (keyset, not offset). */
export function OlderLink({ href, language }: { href: string | null; language?: string }) {
  if (!href) return null;
  return (
    <p className="mt-4">
      <a href={href} rel="next" className="font-semibold text-accent underline">
        {messages(language).olderStories}
      </a>
    </p>
  );
}
