'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { clientIp } from '@/lib/auth/client-ip';
import { formText } from '@/lib/form-data';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import {
  completePasswordReset,
  requestPasswordReset,
  RESET_REQUESTED,
} from '@/lib/services/password-reset';
import { LINK_PROBLEMS } from '@/components/desk/link-problem';

export async function requestPasswordResetAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    // The same answer whatever happened: it must not tell who has an account.
    await requestPasswordReset(await getDb(), formText(form, 'email'), clientIp(await headers()));
    return { ok: true, message: RESET_REQUESTED };
  });
}

export async function completePasswordResetAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let done = false;
  const result = await runAction(async () => {
    const outcome = await completePasswordReset(
      await getDb(),
      formText(form, 'token') ?? '',
      form.get('password'),
      clientIp(await headers()),
    );
    if (!outcome.ok) return { ok: false, message: LINK_PROBLEMS.password_reset[outcome.problem] };
    done = true;
    return { ok: true, message: '' };
  });
  if (done) redirect('/login?done=reset');
  return result;
}
