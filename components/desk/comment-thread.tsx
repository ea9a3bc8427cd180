'use client';
import { useActionState } from 'react';
import { addCommentAction } from '@/app/(desk)/desk/stories/actions';
import { idle } from '@/lib/action-state';
import { formatDateTime } from '@/lib/dates';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

interface Comment {
  id: string;
  body: string;
  author: string | null;
  createdAt: Date;
}

/** The desk's conversation about a story: authors and editors only, never public. */
export function CommentThread({ storyId, comments }: { storyId: string; comments: Comment[] }) {
  const [state, action] = useActionState(addCommentAction, idle);
  return (
    <section aria-labelledby="comments-heading" className="max-w-3xl">
      <h2 id="comments-heading" className="font-semibold">
        Comments <span className="font-normal text-muted">({comments.length})</span>
      </h2>
      <ol className="mt-2 space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded border border-rule p-2 text-sm">
            <p className="text-xs text-muted">
              {comment.author ?? 'The scheduler'} ·{' '}
              <time dateTime={new Date(comment.createdAt).toISOString()}>
                {formatDateTime(new Date(comment.createdAt))}
              </time>
            </p>
            <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="storyId" value={storyId} />
        <label htmlFor="comment-body" className="block text-sm font-medium">
          Add a comment
        </label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          maxLength={5000}
          required
          defaultValue={state.values?.body}
          className="block w-full rounded border border-rule bg-paper px-2 py-1 text-sm"
        />
        <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
