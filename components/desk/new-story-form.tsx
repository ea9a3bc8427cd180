'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { HEADLINE_MAX } from '@/lib/validation/limits';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function NewStoryForm({ create }: { create: FormAction }) {
  const [state, action] = useActionState(create, idle);
  return (
    <form action={action} className="max-w-xl space-y-3">
      <Field
        label="Headline"
        name="headline"
        maxLength={HEADLINE_MAX}
        autoFocus
        hint="You can change it later; the story's address follows it until publication."
        error={state.fields?.headline}
      />
      <SubmitButton pendingLabel="Creating…">Start writing</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
