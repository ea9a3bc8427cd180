import type { StoryCard } from '@/lib/public/stories';
import { storyPath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';

/** "Most read": the five stories of a language readers viewed most in the last 24 hours. */
export function MostRead({ stories, language }: { stories: StoryCard[]; language?: string }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="most-read" className="border-t-2 border-ink pt-3">
      <h2 id="most-read" className="text-sm font-bold tracking-wider uppercase">
        {messages(language).mostRead}
      </h2>
      <ol className="mt-2 divide-y divide-rule">
        {stories.map((story, index) => (
          <li key={story.id} className="flex gap-3 py-2.5">
            <span aria-hidden="true" className="font-serif text-2xl leading-none text-muted">
              {index + 1}
            </span>
            <a href={storyPath(story)} className="font-serif leading-snug hover:underline">
              {story.headline}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
