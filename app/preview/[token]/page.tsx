// /preview/{token}: a share link to a story's preview (docs/product.md, "Preview"), for someone
// signed out. The production server has checked the link before this page runs and answers 410
// when it opens nothing (lib/preview-link-gate.ts); should it stop working in between, a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { openPreviewLink } from '@/lib/services/preview-links';
import { ArticlePreview } from '@/app/(public)/news/[slug]/article-page';

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
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-4">
      <main>
        <ArticlePreview preview={preview} />
      </main>
    </div>
  );
}
