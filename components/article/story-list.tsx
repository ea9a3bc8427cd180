import type { ReactNode } from 'react';
import type { StoryCard } from '@/lib/public/stories';
import { formatDateTime } from '@/lib/dates';
import { Picture } from './picture';
import { Kicker } from './priority-badge';

/** A list of stories as readers browse them: kicker, headline, standfirst, dateline and time. */
export function StoryList({
  stories,
  label,
  extra,
}: {
  stories: StoryCard[];
  label: string;
  extra?: (story: StoryCard) => ReactNode;
}) {
  return (
    <ol aria-label={label} className="divide-y divide-rule">
      {stories.map((story) => (
        <li key={story.id} className="flow-root py-4">
          {story.image ? (
            // The headline beside it says what the story is: the thumbnail adds no words.
            <div className="float-right ml-4 w-28 sm:w-40">
              <Picture image={story.image} sizes="(min-width: 640px) 10rem, 7rem" decorative />
            </div>
          ) : null}
          <Kicker priority={story.priority} section={story.section?.name ?? null} />
          <h2 className="mt-0.5 font-serif text-xl leading-snug font-bold">
            <a href={`/news/${story.slug}`} className="hover:underline">
              {story.headline}
            </a>
          </h2>
          {story.standfirst ? (
            <p className="mt-1 font-serif text-muted">{story.standfirst}</p>
          ) : null}
          {extra?.(story)}
          <p className="mt-1 text-xs text-muted">
            {story.dateline ? `${story.dateline} · ` : ''}
            <time dateTime={story.publishedAt.toISOString()}>
              {formatDateTime(story.publishedAt)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** "Older stories": the next page starts after the last story shown (keyset, not offset). */
export function OlderLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <p className="mt-4">
      <a href={href} rel="next" className="font-semibold text-accent underline">
        Older stories
      </a>
    </p>
  );
}
