// Any address no route knows: the public site's notice, under the masthead.
import type { Metadata } from 'next';
import { MissingPage } from '@/components/article/missing-page';
import { SITE_NAME } from '@/lib/site';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <header className="border-b border-rule">
        <div className="mx-auto max-w-6xl px-4 py-4">
          <a href="/" className="font-serif text-3xl font-bold tracking-tight">
            {SITE_NAME}
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <MissingPage />
      </main>
    </>
  );
}
