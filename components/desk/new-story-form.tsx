'use client';
import { useActionState } from 'react';
import { createStoryAction } from '@/app/(desk)/desk/stories/actions';
import { idle } from '@/lib/action-state';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function NewStoryForm() {
  const [state, action] = useActionState(createStoryAction, idle);
  return (
    <form action={action} className="max-w-xl space-y-3">
      <Field
        label="Headline"
        name="headline"
        maxLength={200}
        autoFocus
        hint="You can change it later; the story's address follows it until publication."
        error={state.fields?.headline}
      />
      <SubmitButton pendingLabel="Creating…">Start writing</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
