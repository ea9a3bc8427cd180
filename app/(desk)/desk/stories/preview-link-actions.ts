'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import { createPreviewLink, revokePreviewLink } from '@/lib/services/preview-links';
import { formatDateTime } from '@/lib/dates';

/** "Share preview link": the address is shown once, in the answer, never stored in the page. */
export async function sharePreviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const storyId = String(form.get('storyId'));
    const { url, expiresAt } = await createPreviewLink(await getDb(), actor, storyId, {
      hours: form.get('hours') ?? '',
    });
    revalidatePath(`/desk/stories/${storyId}/preview`);
    return {
      ok: true,
      message: `Link made; it works until ${formatDateTime(expiresAt)}.`,
      link: url,
    };
  });
}

export async function revokePreviewAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const storyId = String(form.get('storyId'));
    await revokePreviewLink(await getDb(), actor, storyId, String(form.get('linkId')));
    revalidatePath(`/desk/stories/${storyId}/preview`);
    return { ok: true, message: 'Link revoked.' };
  });
}
