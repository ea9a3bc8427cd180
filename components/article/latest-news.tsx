import type { StoryCard } from '@/lib/public/stories';
import { formatDate } from '@/lib/dates';
import { storyPath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';

/** The "Latest news" rail of an article page, in its language: headlines with their dates. */
export function LatestNews({ stories, language }: { stories: StoryCard[]; language?: string }) {
  return (
    <section aria-labelledby="latest-news" className="border-t-2 border-ink pt-3">
      <h2 id="latest-news" className="text-sm font-bold tracking-wider uppercase">
        {messages(language).latestNews}
      </h2>
      <ol className="mt-2 divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.id} className="py-2.5">
            <a href={storyPath(story)} className="font-serif leading-snug hover:underline">
              {story.headline}
            </a>
            <time
              dateTime={story.publishedAt.toISOString()}
              className="mt-0.5 block text-xs text-muted"
            >
              {formatDate(story.publishedAt, story.language)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
