'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import { formText } from '@/lib/form-data';
import type { ActionState } from '@/lib/action-state';
import { changeRole, createStaff, resetPassword, setActive } from '@/lib/services/users';
import { setTwoFactorRequirement } from '@/lib/services/two-factor';
import { inviteStaff, resendInvitation, revokeInvitation } from '@/lib/services/invitations';

export async function createStaffAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(
    ['email', 'displayName', 'handle', 'title', 'role', 'firstSignIn'].map((name) => [
      name,
      formText(form, name) ?? '',
    ]),
  );
  const result = await runAction(async () => {
    const actor = await requireActor();
    const person = {
      email: values.email,
      displayName: values.displayName,
      handle: values.handle || undefined,
      title: values.title,
      role: values.role,
    };
    if (values.firstSignIn !== 'password') {
      const invited = await inviteStaff(await getDb(), actor, person);
      revalidatePath('/desk/users');
      return {
        ok: true,
        message: `Invitation sent to ${invited.email}. The link works once, for 7 days.`,
      };
    }
    const { user, oneTimePassword } = await createStaff(await getDb(), actor, person);
    revalidatePath('/desk/users');
    return {
      ok: true,
      message: `${user.displayName} can now sign in as ${user.email} with this one-time password, shown only once:`,
      secret: oneTimePassword,
    };
  });
  return result.ok ? result : { ...result, values };
}

export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    await changeRole(await getDb(), actor, {
      userId: formText(form, 'userId'),
      role: formText(form, 'role'),
    });
    revalidatePath('/desk/users');
    return { ok: true, message: 'Role changed.' };
  });
}

export async function setActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const active = formText(form, 'active') === 'true';
    await setActive(await getDb(), actor, { userId: formText(form, 'userId'), active });
    revalidatePath('/desk/users');
    return {
      ok: true,
      message: active ? 'Reactivated.' : 'Deactivated; their sessions have ended.',
    };
  });
}

export async function resetPasswordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const { oneTimePassword } = await resetPassword(await getDb(), actor, {
      userId: formText(form, 'userId'),
    });
    return {
      ok: true,
      message: 'Password reset and sessions ended. New one-time password, shown only once:',
      secret: oneTimePassword,
    };
  });
}

export async function setTwoFactorRequirementAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const required = formText(form, 'required') === 'true';
    await setTwoFactorRequirement(await getDb(), actor, { required });
    revalidatePath('/desk/users');
    return {
      ok: true,
      message: required
        ? 'Editors and admins must now use two-factor sign-in.'
        : 'Two-factor sign-in is now optional.',
    };
  });
}

export async function resendInvitationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    await resendInvitation(await getDb(), actor, formText(form, 'userId'));
    revalidatePath('/desk/users');
    return {
      ok: true,
      message: 'A new invitation is on its way; the earlier link no longer works.',
    };
  });
}

export async function revokeInvitationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    await revokeInvitation(await getDb(), actor, formText(form, 'userId'));
    revalidatePath('/desk/users');
    return { ok: true, message: 'Invitation revoked; its link no longer works.' };
  });
}
