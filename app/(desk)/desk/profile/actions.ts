'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { signOut } from '@/lib/auth/next-auth';
import { runAction } from '@/lib/server-action';
import { formText } from '@/lib/form-data';
import type { ActionState } from '@/lib/action-state';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { changeOwnPassword, updateProfile } from '@/lib/services/profile';
import { setMailPreferences } from '@/lib/services/mail-preferences';

export async function updateProfileAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor({ forTwoFactorSetup: true });
    const invalidation = await updateProfile(await getDb(), actor, {
      displayName: formText(form, 'displayName'),
      handle: formText(form, 'handle'),
      title: formText(form, 'title'),
      bio: formText(form, 'bio'),
    });
    applyInvalidation(invalidation);
    revalidatePath('/desk', 'layout');
    return { ok: true, message: 'Profile saved.' };
  });
}

export async function changePasswordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const result = await runAction(async () => {
    const actor = await requireActor({ forTwoFactorSetup: true });
    await changeOwnPassword(await getDb(), actor, {
      currentPassword: formText(form, 'currentPassword'),
      newPassword: formText(form, 'newPassword'),
    });
    return { ok: true, message: 'Password changed.' };
  });
  // Every session ended with the change, this one too: sign in again with the new password.
  if (result.ok) await signOut({ redirectTo: '/login' });
  return result;
}

export async function saveMailPreferencesAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const on = form.getAll('on').filter((value): value is string => typeof value === 'string');
    await setMailPreferences(await getDb(), actor, { on });
    revalidatePath('/desk/profile');
    return { ok: true, message: 'Mail settings saved.' };
  });
}
