'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import { formText } from '@/lib/form-data';
import type { ActionState } from '@/lib/action-state';
import { beginTwoFactorSetup, confirmTwoFactor, disableTwoFactor } from '@/lib/services/two-factor';

export async function beginSetupAction(): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor({ forTwoFactorSetup: true });
    const { secret, uri } = await beginTwoFactorSetup(await getDb(), actor);
    return {
      ok: true,
      message: 'Add this key to your authenticator app, then enter the code it shows.',
      secret,
      link: uri,
    };
  });
}

export async function confirmSetupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor({ forTwoFactorSetup: true });
    const { recoveryCodes } = await confirmTwoFactor(await getDb(), actor, {
      code: formText(form, 'code'),
    });
    // No revalidation here: the page would re-render without the codes before anyone saw them.
    // The "Continue" link that comes with them loads the desk afresh.
    return {
      ok: true,
      message:
        'Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown only now.',
      secrets: recoveryCodes,
    };
  });
}

export async function disableAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor({ forTwoFactorSetup: true });
    await disableTwoFactor(await getDb(), actor, { password: formText(form, 'password') });
    revalidatePath('/desk', 'layout');
    return { ok: true, message: 'Two-factor sign-in is off.' };
  });
}
