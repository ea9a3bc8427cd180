'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { formatDateTime } from '@/lib/dates';
import { COMMENT_MAX } from '@/lib/validation/limits';
import { SubmitButton } from '@/components/ui/button';
import { TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

interface Comment {
  id: string;
  body: string;
  author: string | null;
  createdAt: Date;
}

/** The desk's conversation about a story: authors and editors only, never public. */
export function CommentThread({
  storyId,
  comments,
  addComment,
}: {
  storyId: string;
  comments: Comment[];
  addComment: FormAction;
}) {
  const [state, action] = useActionState(addComment, idle);
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
        <TextArea
          label="Add a comment"
          id="comment-body"
          name="body"
          rows={3}
          maxLength={COMMENT_MAX}
          required
          defaultValue={state.values?.body}
        />
        <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
