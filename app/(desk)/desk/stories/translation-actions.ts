'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import type { ActionState } from '@/lib/action-state';
import { markTranslationUpToDate, translateStory } from '@/lib/services/translations';

/** "Translate into…": makes the draft and opens it. */
export async function translateStoryAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let id = '';
  const result = await runAction(async () => {
    const actor = await requireActor();
    ({ id } = await translateStory(await getDb(), actor, String(form.get('storyId')), {
      language: form.get('language') ?? '',
    }));
    return { ok: true, message: 'Translation created.' };
  });
  if (result.ok) redirect(`/desk/stories/${id}`);
  return result;
}

export async function markTranslationUpToDateAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    const storyId = String(form.get('storyId'));
    await markTranslationUpToDate(await getDb(), actor, storyId);
    revalidatePath(`/desk/stories/${storyId}`);
    return { ok: true, message: 'Marked as up to date with its source.' };
  });
}
