import Link from 'next/link';
import type { ReactNode } from 'react';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl items-baseline justify-between px-4 py-4">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
            Dateline
          </Link>
          <p className="hidden text-sm text-muted sm:block">Dispatches from our correspondents</p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mt-12 border-t border-rule">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          Dateline — an open-source newsroom.
        </p>
      </footer>
    </>
  );
}
