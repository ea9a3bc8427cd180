'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import { formText } from '@/lib/form-data';
import type { ActionState } from '@/lib/action-state';
import { sendAgain } from '@/lib/wire/desk';
import { createPartner, revokePartner, rotateKey, rotateSecret } from '@/lib/wire/partners';

export async function createPartnerAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = {
    name: formText(form, 'name') ?? '',
    webhookUrl: formText(form, 'webhookUrl') ?? '',
  };
  const all = form.get('allSections') === 'on';
  const sectionIds = all ? [] : form.getAll('sectionIds').map(String);
  const result = await runAction(async () => {
    const actor = await requireActor();
    if (!all && !sectionIds.length) {
      const message = 'Choose the sections it takes, or all of them.';
      return { ok: false, message, fields: { sectionIds: message } };
    }
    const { partner, apiKey, webhookSecret } = await createPartner(await getDb(), actor, {
      name: values.name,
      webhookUrl: values.webhookUrl || undefined,
      sectionIds,
      receivesEmbargoed: form.get('receivesEmbargoed') === 'on',
    });
    revalidatePath('/desk/partners');
    return {
      ok: true,
      message: `${partner.name} is added. Its API key and webhook secret are shown only once:`,
      secrets: [apiKey, webhookSecret],
    };
  });
  return result.ok ? result : { ...result, values };
}

export async function rotateKeyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const { apiKey } = await rotateKey(await getDb(), await requireActor(), formText(form, 'id'));
    revalidatePath('/desk/partners');
    return {
      ok: true,
      message: 'New API key, shown only once; the old one works for 24 more hours:',
      secret: apiKey,
    };
  });
}

export async function rotateSecretAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const { webhookSecret } = await rotateSecret(await getDb(), actor, formText(form, 'id'));
    return {
      ok: true,
      message: 'New webhook secret, shown only once; both sign for 24 hours:',
      secret: webhookSecret,
    };
  });
}

export async function revokePartnerAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await revokePartner(await getDb(), await requireActor(), formText(form, 'id'));
    revalidatePath('/desk/partners');
    return { ok: true, message: 'Revoked: its keys no longer work and nothing more is sent.' };
  });
}

export async function sendAgainAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await sendAgain(await getDb(), await requireActor(), formText(form, 'deliveryId'));
    revalidatePath('/desk/partners');
    return { ok: true, message: 'Queued to send again.' };
  });
}
