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
import { Article } from '@/app/(public)/news/[slug]/article-page';
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
  const { story, images, revision } = preview;
  const links = await livePreviewLinks(db, user, id);
  return (
    <div className="space-y-6">
      <div
        role="note"
        aria-label="Preview"
        className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-2 border-accent bg-paper px-3 py-2"
      >
        <strong className="text-accent">Preview — not published</strong>
        <span className="text-muted">
          Revision {revision.number}, saved {formatDateTime(revision.savedAt)}
        </span>
        <Link href={`/desk/stories/${story.id}`} className="ml-auto underline">
          Back to the editor
        </Link>
      </div>
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
      <div className="font-serif text-ink">
        <Article
          story={story}
          images={images}
          share={story.image}
          latest={[]}
          mostRead={[]}
          preview
        />
      </div>
    </div>
  );
}
