// /preview/{token}: a share link to a story's preview (docs/product.md, "Preview"), for someone
// signed out. The production server has checked the link before this page runs and answers 410
// when it opens nothing (lib/preview-link-gate.ts); should it stop working in between, a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { openPreviewLink } from '@/lib/services/preview-links';
import { formatDateTime } from '@/lib/dates';
import { Article } from '@/app/(public)/news/[slug]/article-page';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

export default async function SharedPreviewPage({ params }: Props) {
  const { token } = await params;
  const preview = await openPreviewLink(await getDb(), token);
  if (!preview) notFound();
  const { story, images, revision } = preview;
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-4">
      <div
        role="note"
        aria-label="Preview"
        className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-2 border-accent bg-paper px-3 py-2"
      >
        <strong className="text-accent">Preview — not published</strong>
        <span className="text-muted">
          Revision {revision.number}, saved {formatDateTime(revision.savedAt)}
        </span>
      </div>
      <main className="font-serif text-ink">
        <Article
          story={story}
          images={images}
          share={story.image}
          latest={[]}
          mostRead={[]}
          preview
        />
      </main>
    </div>
  );
}
