// /desk/stories/{id}/preview: the working copy in the public article template, under a bar that
// says it is not published. For whoever may open the story; never cached (the desk answers
// `private, no-store`) and never indexed. Below the bar, "Share preview link" and the story's live
// share links (lib/services/preview-links.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/not-found';
import { previewStory } from '@/lib/services/preview';
import { formatDateTime } from '@/lib/dates';
import { ArticlePreview } from '@/app/(public)/news/[slug]/article-page';
import { livePreviewLinks } from '@/lib/services/preview-links';
import { SharePreview } from '@/components/desk/share-preview';
import { revokePreviewAction, sharePreviewAction } from '../../preview-link-actions';

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const user = await requireDeskUser();
  const { id } = await params;
  const db = await getDb();
  const preview = await orNotFound(previewStory(db, user, id));
  const { story } = preview;
  const links = await livePreviewLinks(db, user, id);
  return (
    <div className="space-y-6">
      <ArticlePreview
        preview={preview}
        actions={
          <Link href={`/desk/stories/${story.id}`} className="ml-auto underline">
            Back to the editor
          </Link>
        }
      />
      <SharePreview
        storyId={story.id}
        links={links.map((link) => ({
          id: link.id,
          expires: formatDateTime(link.expiresAt),
          createdBy: link.createdBy ?? 'a former colleague',
        }))}
        share={sharePreviewAction}
        revoke={revokePreviewAction}
      />
    </div>
  );
}
