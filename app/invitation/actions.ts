'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { clientIp } from '@/lib/auth/client-ip';
import { formText } from '@/lib/form-data';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import { acceptInvitation } from '@/lib/services/invitations';
import { LINK_PROBLEMS } from '@/components/desk/link-problem';

export async function acceptInvitationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let accepted = false;
  const result = await runAction(async () => {
    const outcome = await acceptInvitation(
      await getDb(),
      formText(form, 'token') ?? '',
      form.get('password'),
      clientIp(await headers()),
    );
    if (!outcome.ok) return { ok: false, message: LINK_PROBLEMS.invitation[outcome.problem] };
    accepted = true;
    return { ok: true, message: '' };
  });
  if (accepted) redirect('/login?done=invitation');
  return result;
}
