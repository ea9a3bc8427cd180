'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import { createStory } from '@/lib/services/stories';
import { restoreRevision } from '@/lib/services/story-history';
import { addComment } from '@/lib/services/comments';
import { markAllRead } from '@/lib/services/notifications';

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

export async function addCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const body = String(form.get('body') ?? '');
  const result = await runAction(async () => {
    const actor = await requireActor();
    const storyId = String(form.get('storyId'));
    await addComment(await getDb(), actor, storyId, { body });
    revalidatePath(`/desk/stories/${storyId}`);
    return { ok: true, message: 'Comment posted.' };
  });
  return result.ok ? result : { ...result, values: { body } };
}

export async function markNotificationsReadAction(): Promise<void> {
  await runAction(async () => {
    await markAllRead(await getDb(), await requireActor());
    revalidatePath('/desk', 'layout');
    return { ok: true, message: 'All read.' };
  });
}
