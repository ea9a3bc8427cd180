// /: the lead and the six top stories (editors' pins, the newest stories in the slots they left
// free: lib/public/front.ts), the latest news and the most read beside them, then a block per
// section. On a phone the columns stack: lead, top stories, latest, most read, sections.
import { getDb } from '@/db';
import { latestStories } from '@/lib/public/stories';
import { allSections } from '@/lib/public/directory';
import { frontStories } from '@/lib/public/front';
import { mostReadForPages } from '@/lib/public/most-read';
import { MostRead } from '@/components/article/most-read';
import { LeadStory, StoryList } from '@/components/article/story-list';
import type { PublicAnswer } from './document';

export async function frontPage(): Promise<PublicAnswer> {
  return { kind: 'page', head: { canonical: '/' }, body: await FrontPage() };
}

async function FrontPage() {
  const db = await getDb();
  const [front, sections, mostRead] = await Promise.all([
    frontStories(db),
    allSections(db),
    mostReadForPages(),
  ]);
  const blocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      stories: await latestStories(db, { limit: 4, filter: { sectionId: section.id } }),
    })),
  );

  if (!front.lead) {
    return <p className="py-16 text-center text-muted">Nothing has been published yet.</p>;
  }

  return (
    <>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <LeadStory story={front.lead} />
          {front.top.length > 0 ? (
            <section aria-labelledby="top-heading" className="mt-8 border-t-2 border-ink pt-2">
              <h2 id="top-heading" className="mb-3 text-sm font-bold tracking-wider uppercase">
                Top stories
              </h2>
              <StoryList stories={front.top} label="Top stories" variant="tiles" headingLevel={3} />
            </section>
          ) : null}
        </div>

        <div className="space-y-8 lg:border-l lg:border-rule lg:pl-8">
          {front.latest.length > 0 ? (
            <section aria-labelledby="latest-heading">
              <h2
                id="latest-heading"
                className="border-b-2 border-ink pb-1 text-sm font-bold tracking-wider uppercase"
              >
                Latest news
              </h2>
              <StoryList stories={front.latest} label="Latest news" variant="rail" />
            </section>
          ) : null}
          <MostRead stories={mostRead} />
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
              <StoryList stories={stories} label={`Latest in ${section.name}`} variant="rail" />
            </section>
          ))}
      </div>
    </>
  );
}
