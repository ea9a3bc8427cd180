'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import { createStory, restoreRevision } from '@/lib/services/stories';

export async function createStoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id = '';
  const result = await runAction(async () => {
    const actor = await requireActor();
    ({ id } = await createStory(await getDb(), actor, { headline: form.get('headline') ?? '' }));
    return { ok: true, message: 'Story created.' };
  });
  if (result.ok) redirect(`/desk/stories/${id}`);
  return result;
}

export async function restoreRevisionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const storyId = String(form.get('storyId'));
    const { revisionNumber } = await restoreRevision(await getDb(), actor, storyId, {
      revisionNumber: Number(form.get('revisionNumber')),
      baseVersion: Number(form.get('baseVersion')),
    });
    revalidatePath(`/desk/stories/${storyId}/history`);
    return { ok: true, message: `Restored as revision ${revisionNumber}.` };
  });
}
