// The frame of every public page: skip link, the breaking-news strip when editors set one,
// masthead, section menu, footer with the feeds.
import type { ReactNode } from 'react';
import type { BreakingNews } from '@/lib/front/rules';
import { SITE_NAME } from '@/lib/site';

function BreakingStrip({ breaking }: { breaking: BreakingNews }) {
  return (
    <section aria-label="Breaking news" className="bg-accent text-paper">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm font-semibold">
        <span className="mr-2 tracking-wider uppercase">Breaking</span>
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

export function SiteChrome({
  sections,
  breaking = null,
  children,
}: {
  sections: { id: string; slug: string; name: string }[];
  breaking?: BreakingNews | null;
  children: ReactNode;
}) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-paper focus:p-2"
      >
        Skip to content
      </a>
      {breaking ? <BreakingStrip breaking={breaking} /> : null}
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-4">
          <a href="/" className="font-serif text-3xl font-bold tracking-tight">
            {SITE_NAME}
          </a>
          <a href="/search" className="text-sm font-semibold hover:underline">
            Search
          </a>
        </div>
        <nav aria-label="Sections" className="mx-auto max-w-6xl overflow-x-auto px-4 pb-2">
          <ul className="flex gap-4 text-sm whitespace-nowrap">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`/section/${section.slug}`} className="hover:underline">
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
          <p>{SITE_NAME} — an open-source newsroom.</p>
          <a href="/feed.xml" className="underline">
            RSS
          </a>
          <a href="/feed.json" className="underline">
            JSON Feed
          </a>
        </div>
      </footer>
    </>
  );
}
