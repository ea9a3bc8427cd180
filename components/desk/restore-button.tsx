'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function RestoreButton(props: {
  storyId: string;
  revisionNumber: number;
  baseVersion: number;
  restore: FormAction;
}) {
  const [state, action] = useActionState(props.restore, idle);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="storyId" value={props.storyId} />
      <input type="hidden" name="revisionNumber" value={props.revisionNumber} />
      <input type="hidden" name="baseVersion" value={props.baseVersion} />
      <SubmitButton
        variant="secondary"
        pendingLabel="Restoring…"
        aria-label={`Restore revision ${props.revisionNumber}`}
      >
        Restore
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
