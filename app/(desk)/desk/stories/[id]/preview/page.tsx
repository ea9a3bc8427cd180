// /desk/stories/{id}/preview: the working copy in the public article template, under a bar that
// says it is not published. For whoever may open the story; never cached (the desk answers
// `private, no-store`) and never indexed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/not-found';
import { previewStory } from '@/lib/services/preview';
import { formatDateTime } from '@/lib/dates';
import { Article } from '@/app/(public)/news/[slug]/article-page';

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const user = await requireDeskUser();
  const { id } = await params;
  const preview = await orNotFound(previewStory(await getDb(), user, id));
  const { story, images, revision } = preview;
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
