'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import type { StaffMember } from '@/lib/services/users';
import { SubmitButton } from '@/components/ui/button';
import { ActionResult } from './secret-reveal';

/** A person who has not accepted their invitation yet: send a new link, or revoke it. */
export function InvitationForms({
  person,
  actions,
}: {
  person: StaffMember;
  actions: { resend: FormAction; revoke: FormAction };
}) {
  const [resendState, resend] = useActionState(actions.resend, idle);
  const [revokeState, revoke] = useActionState(actions.revoke, idle);
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={resend}>
          <input type="hidden" name="userId" value={person.id} />
          <SubmitButton
            variant="secondary"
            aria-label={`Resend the invitation of ${person.displayName}`}
            pendingLabel="Sending…"
          >
            Resend invitation
          </SubmitButton>
        </form>
        {person.active ? (
          <form action={revoke}>
            <input type="hidden" name="userId" value={person.id} />
            <SubmitButton
              variant="danger"
              aria-label={`Revoke the invitation of ${person.displayName}`}
              pendingLabel="Revoking…"
            >
              Revoke invitation
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <ActionResult state={resendState} />
      <ActionResult state={revokeState} />
    </div>
  );
}
