// /: the lead and the six top stories (editors' pins, the newest stories in the slots they left
// free: lib/public/front.ts), the latest news and the most read beside them, then a block per
// section. On a phone the columns stack: lead, top stories, latest, most read, sections. Each
// language has its own (/, /ru, /az): its stories only, in its words.
import { getDb } from '@/db';
import { latestStories } from '@/lib/public/stories';
import { allSections, inLanguageOf } from '@/lib/public/directory';
import { frontStories } from '@/lib/public/front';
import { mostReadForPages } from '@/lib/public/most-read';
import { MostRead } from '@/components/article/most-read';
import { LeadStory, StoryList } from '@/components/article/story-list';
import { localePath, siteWideVersions } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import type { LanguageCode } from '@/lib/languages';
import type { PublicAnswer } from './document';

export async function frontPage(language: LanguageCode): Promise<PublicAnswer> {
  return {
    kind: 'page',
    language,
    versions: siteWideVersions('/'),
    head: { canonical: localePath(language, '/') },
    body: await FrontPage({ language }),
  };
}

async function FrontPage({ language }: { language: LanguageCode }) {
  const db = await getDb();
  const t = messages(language);
  const [front, sections, mostRead] = await Promise.all([
    frontStories(db, language),
    allSections(db),
    mostReadForPages(language),
  ]);
  const blocks = await Promise.all(
    sections.map(async (section) => ({
      section: inLanguageOf(section, language),
      stories: await latestStories(db, {
        limit: 4,
        filter: { sectionId: section.id, language },
      }),
    })),
  );

  if (!front.lead) {
    return <p className="py-16 text-center text-muted">{t.nothingPublished}</p>;
  }

  return (
    <>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <LeadStory story={front.lead} />
          {front.top.length > 0 ? (
            <section aria-labelledby="top-heading" className="mt-8 border-t-2 border-ink pt-2">
              <h2 id="top-heading" className="mb-3 text-sm font-bold tracking-wider uppercase">
                {t.topStories}
              </h2>
              <StoryList
                stories={front.top}
                label={t.topStories}
                variant="tiles"
                headingLevel={3}
              />
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
                {t.latestNews}
              </h2>
              <StoryList stories={front.latest} label={t.latestNews} variant="rail" />
            </section>
          ) : null}
          <MostRead stories={mostRead} language={language} />
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
                <a
                  href={localePath(language, `/section/${section.slug}`)}
                  className="hover:underline"
                >
                  {section.name}
                </a>
              </h2>
              <StoryList stories={stories} label={t.latestIn(section.name)} variant="rail" />
            </section>
          ))}
      </div>
    </>
  );
}
