import type { StoryCard } from '@/lib/public/stories';
import { formatDate } from '@/lib/dates';

/** The "Latest news" rail of an article page: headlines with their dates. */
export function LatestNews({ stories }: { stories: StoryCard[] }) {
  return (
    <section aria-labelledby="latest-news" className="border-t-2 border-ink pt-3">
      <h2 id="latest-news" className="text-sm font-bold tracking-wider uppercase">
        Latest news
      </h2>
      <ol className="mt-2 divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.id} className="py-2.5">
            <a href={`/news/${story.slug}`} className="font-serif leading-snug hover:underline">
              {story.headline}
            </a>
            <time
              dateTime={story.publishedAt.toISOString()}
              className="mt-0.5 block text-xs text-muted"
            >
              {formatDate(story.publishedAt)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
