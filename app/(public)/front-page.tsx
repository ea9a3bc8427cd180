// /: the lead story, the latest news beside it, and a block for each section.
import { getDb } from '@/db';
import { latestStories } from '@/lib/public/stories';
import { allSections } from '@/lib/public/directory';
import { mostReadForPages } from '@/lib/public/most-read';
import { MostRead } from '@/components/article/most-read';
import { formatDateTime } from '@/lib/dates';
import { Kicker, PriorityBadge } from '@/components/article/priority-badge';
import { Picture } from '@/components/article/picture';
import type { PublicAnswer } from './document';

export async function frontPage(): Promise<PublicAnswer> {
  return { kind: 'page', head: { canonical: '/' }, body: await FrontPage() };
}

async function FrontPage() {
  const db = await getDb();
  const [[lead, ...rest], sections, mostRead] = await Promise.all([
    latestStories(db, { limit: 25 }),
    allSections(db),
    mostReadForPages(),
  ]);
  const blocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      stories: await latestStories(db, { limit: 4, filter: { sectionId: section.id } }),
    })),
  );

  if (!lead) {
    return <p className="py-16 text-center text-muted">Nothing has been published yet.</p>;
  }

  return (
    <>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <article className="border-b border-rule pb-6 lg:border-r lg:border-b-0 lg:pr-8">
          {lead.image ? (
            <div className="mb-4">
              <Picture
                image={lead.image}
                sizes="(min-width: 1024px) 44rem, 100vw"
                className="w-full"
                priority
              />
            </div>
          ) : null}
          <Kicker priority={lead.priority} section={lead.section?.name ?? null} />
          <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">
            <a href={`/news/${lead.slug}`} className="hover:underline">
              {lead.headline}
            </a>
          </h1>
          {lead.standfirst ? (
            <p className="mt-3 font-serif text-lg text-muted">{lead.standfirst}</p>
          ) : null}
          <p className="mt-3 text-sm text-muted">
            {lead.dateline} ·{' '}
            <time dateTime={lead.publishedAt.toISOString()}>
              {formatDateTime(lead.publishedAt)}
            </time>
          </p>
        </article>

        <div>
          <section aria-labelledby="latest-heading">
            <h2
              id="latest-heading"
              className="border-b-2 border-ink pb-1 text-sm font-bold uppercase"
            >
              Latest news
            </h2>
            <ol className="divide-y divide-rule">
              {rest.map((story) => (
                <li key={story.id} className="py-3">
                  <a
                    href={`/news/${story.slug}`}
                    className="font-serif leading-snug hover:underline"
                  >
                    <PriorityBadge priority={story.priority} />
                    {story.headline}
                  </a>
                  <p className="mt-0.5 text-xs text-muted">
                    {story.section ? `${story.section.name} · ` : ''}
                    <time dateTime={story.publishedAt.toISOString()}>
                      {formatDateTime(story.publishedAt)}
                    </time>
                  </p>
                </li>
              ))}
            </ol>
          </section>
          <div className="mt-6">
            <MostRead stories={mostRead} />
          </div>
        </div>
      </div>
      <div className="mt-10 grid gap-8 border-t-2 border-ink pt-6 sm:grid-cols-2 lg:grid-cols-3">
        {blocks
          .filter((block) => block.stories.length > 0)
          .map(({ section, stories }) => (
            <section key={section.id} aria-labelledby={`block-${section.slug}`}>
              <h2
                id={`block-${section.slug}`}
                className="text-sm font-bold tracking-wider uppercase"
              >
                <a href={`/section/${section.slug}`} className="hover:underline">
                  {section.name}
                </a>
              </h2>
              <ul className="mt-2 divide-y divide-rule">
                {stories.map((story) => (
                  <li key={story.id} className="py-2">
                    <PriorityBadge priority={story.priority} />
                    <a
                      href={`/news/${story.slug}`}
                      className="font-serif leading-snug hover:underline"
                    >
                      {story.headline}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}
