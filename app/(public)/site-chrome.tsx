// The frame of every public page, in the page's language: skip link, the breaking-news strip when
// editors set one, masthead with the language switcher, section menu, footer with the feeds.
import type { ReactNode } from 'react';
import type { BreakingNews } from '@/lib/front/rules';
import { SITE_NAME } from '@/lib/site';
import { localePath, type LanguageVersion } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';
import { languageName, siteLanguages, type LanguageCode } from '@/lib/languages';

function BreakingStrip({ breaking, language }: { breaking: BreakingNews; language: LanguageCode }) {
  const t = messages(language);
  return (
    <section aria-label={t.breakingNews} className="bg-accent text-paper">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm font-semibold">
        <span className="mr-2 tracking-wider uppercase">{t.breaking}</span>
        {breaking.url ? (
          <a href={breaking.url} className="underline underline-offset-2">
            {breaking.text}
          </a>
        ) : (
          breaking.text
        )}
      </p>
    </section>
  );
}

/**
 * The languages this page exists in, each named in its own language: the page's own marked as
 * current, the others linking to their version. Only versions that exist are offered (an
 * article's published translations; the site's languages for a front or list page).
 */
export function LanguageSwitcher({
  language,
  versions,
}: {
  language: LanguageCode;
  versions: LanguageVersion[];
}) {
  if (versions.length < 2) return null;
  const order = siteLanguages().all;
  const sorted = [...versions].sort(
    (a, b) => order.indexOf(a.language) - order.indexOf(b.language),
  );
  return (
    <nav aria-label={messages(language).languages}>
      <ul className="flex gap-3 text-sm">
        {sorted.map((version) => (
          <li key={version.language}>
            {version.language === language ? (
              <span aria-current="page" lang={version.language} className="font-semibold">
                {languageName(version.language)}
              </span>
            ) : (
              <a
                href={version.path}
                hrefLang={version.language}
                lang={version.language}
                className="text-muted underline-offset-2 hover:text-ink hover:underline"
              >
                {languageName(version.language)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteChrome({
  sections,
  breaking = null,
  language,
  versions = [],
  children,
}: {
  sections: { id: string; slug: string; name: string }[];
  breaking?: BreakingNews | null;
  language: LanguageCode;
  versions?: LanguageVersion[];
  children: ReactNode;
}) {
  const t = messages(language);
  const at = (path: string) => localePath(language, path);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-paper focus:p-2"
      >
        {t.skipToContent}
      </a>
      {breaking ? <BreakingStrip breaking={breaking} language={language} /> : null}
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-4 gap-y-2 px-4 py-4">
          <a href={at('/')} className="font-serif text-3xl font-bold tracking-tight">
            {SITE_NAME}
          </a>
          <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
            <LanguageSwitcher language={language} versions={versions} />
            <a href={at('/search')} className="text-sm font-semibold hover:underline">
              {t.search}
            </a>
          </div>
        </div>
        <nav aria-label={t.sections} className="mx-auto max-w-6xl overflow-x-auto px-4 pb-2">
          <ul className="flex gap-4 text-sm whitespace-nowrap">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={at(`/section/${section.slug}`)} className="hover:underline">
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mt-12 border-t border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-muted">
          <p>
            {SITE_NAME} — {t.footer}
          </p>
          <a href={at('/feed.xml')} className="underline">
            RSS
          </a>
          <a href={at('/feed.json')} className="underline">
            JSON Feed
          </a>
        </div>
      </footer>
    </>
  );
}
