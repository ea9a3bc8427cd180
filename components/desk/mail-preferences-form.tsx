'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

/** Which workflow mail the person receives, one checkbox per kind. */
export function MailPreferencesForm({
  choices,
  save,
}: {
  choices: { kind: string; label: string; on: boolean }[];
  save: FormAction;
}) {
  const [state, action] = useActionState(save, idle);
  return (
    <form action={action} className="space-y-3" aria-labelledby="mail-heading">
      <fieldset>
        <legend className="text-sm">Email me when:</legend>
        <div className="mt-2 space-y-1.5 text-sm">
          {choices.map((choice) => (
            <label key={choice.kind} className="flex items-center gap-2">
              <input type="checkbox" name="on" value={choice.kind} defaultChecked={choice.on} />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save mail settings
      </SubmitButton>
    </form>
  );
}
