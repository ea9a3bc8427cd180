import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { oidcProviderName } from '@/lib/auth/oidc';
import { orNotFound } from '@/lib/not-found';
import { editorOptions, loadEditorState } from '@/lib/services/stories';
import { StoryEditor } from '@/components/editor/story-editor';
import { StateBadge } from '@/components/desk/state-badge';
import { CommentThread } from '@/components/desk/comment-thread';
import { addCommentAction } from '../actions';
import { listComments } from '@/lib/services/comments';
import { storyReport } from '@/lib/analytics/report/reports';
import { StoryViews } from '@/components/desk/story-views';
import { TranslationsPanel } from '@/components/desk/translations-panel';
import { translationPanel } from '@/lib/services/translations';
import { storyPath } from '@/lib/hreflang';
import { markTranslationUpToDateAction, translateStoryAction } from '../translation-actions';

export const metadata = { title: 'Edit story' };

type Props = { params: Promise<{ id: string }> };

function readOnlyReason(canEdit: boolean, state: string): string | null {
  if (canEdit) return null;
  if (state === 'submitted') return 'This story is with the editors. Recall it to edit it again.';
  return 'This story can no longer be edited by you in its current state.';
}

export default async function EditStoryPage({ params }: Props) {
  const user = await requireDeskUser();
  const db = await getDb();
  const story = await orNotFound(loadEditorState(db, user, (await params).id));
  const [options, comments, views, languages] = await Promise.all([
    editorOptions(db, story),
    listComments(db, user, story.id),
    storyReport(db, user, story.id),
    translationPanel(db, user, story.id),
  ]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">Edit story</h1>
        <StateBadge state={story.state} />
        <nav aria-label="Story" className="ml-auto flex gap-4 text-sm">
          <Link href={`/desk/stories/${story.id}/timeline`} className="underline">
            Timeline
          </Link>
          <Link href={`/desk/stories/${story.id}/history`} className="underline">
            History
          </Link>
        </nav>
      </div>
      <TranslationsPanel
        storyId={story.id}
        panel={languages}
        translate={translateStoryAction}
        markUpToDate={markTranslationUpToDateAction}
      />
      <StoryEditor
        initial={story}
        options={{ ...options, newsPath: storyPath({ slug: '', language: languages.language }) }}
        readOnlyReason={readOnlyReason(story.canEdit, story.state)}
        sidePanel={<StoryViews storyId={story.id} report={views} />}
        signedInAs={user.email}
        providerName={oidcProviderName()}
        me={{ id: user.id, name: user.displayName }}
      />
      <CommentThread storyId={story.id} comments={comments} addComment={addCommentAction} />
    </div>
  );
}
