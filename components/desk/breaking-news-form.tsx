'use client';
// The breaking-news strip on the desk (/desk/front): one line and a link, shown at the top of
// every public page within a second or two of being set, and gone as fast when cleared.
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import type { BreakingNews } from '@/lib/front/rules';
import { BREAKING_TEXT_MAX } from '@/lib/front/rules';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function BreakingNewsForm({
  current,
  set,
  clear,
}: {
  current: BreakingNews | null;
  set: FormAction;
  clear: FormAction;
}) {
  const [setState, setAction] = useActionState(set, idle);
  const [clearState, clearAction] = useActionState(clear, idle);
  return (
    <div className="space-y-3">
      <p>
        {current ? (
          <>
            Readers see: <strong>{current.text}</strong>
            {current.url ? <span className="text-muted"> → {current.url}</span> : null}
          </>
        ) : (
          <span className="text-muted">No strip is shown.</span>
        )}
      </p>
      <form action={setAction} className="max-w-xl space-y-3">
        <Field
          label="Breaking news"
          name="text"
          maxLength={BREAKING_TEXT_MAX}
          defaultValue={setState.values?.text ?? current?.text ?? ''}
          hint={`One line, up to ${BREAKING_TEXT_MAX} characters.`}
          error={setState.fields?.text}
        />
        <Field
          label="Link"
          name="url"
          defaultValue={setState.values?.url ?? current?.url ?? ''}
          hint="A page of this site (/news/…) or an http(s) address; may be left empty."
          error={setState.fields?.url}
        />
        <SubmitButton pendingLabel="Showing…">Show the strip</SubmitButton>
        <FormMessage state={setState} />
      </form>
      {current ? (
        <form action={clearAction} className="space-y-2">
          <SubmitButton variant="danger" pendingLabel="Clearing…">
            Clear the strip
          </SubmitButton>
        </form>
      ) : null}
      <FormMessage state={clearState} />
    </div>
  );
}
