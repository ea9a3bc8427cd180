'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/lib/auth/current-user';
import { runAction } from '@/lib/server-action';
import { formText } from '@/lib/form-data';
import type { ActionState } from '@/lib/action-state';
import { applyInvalidation } from '@/lib/page-cache/invalidation';
import { candidateItem, frontView, type FrontItem, type FrontView } from '@/lib/front/desk-view';
import {
  clearBreakingNews,
  FrontConflict,
  loadFront,
  saveFront,
  searchFrontCandidates,
  setBreakingNews,
} from '@/lib/services/front';

export interface SaveFrontState extends ActionState {
  /** After a save: the arrangement as saved, with its new version. */
  saved?: FrontView;
  /** After a conflict: the arrangement another editor saved meanwhile. */
  theirs?: FrontView;
}

/** Saves an arrangement (lib/validation/front.ts) over the version the desk loaded. */
export async function saveFrontAction(input: unknown): Promise<SaveFrontState> {
  let extra: Pick<SaveFrontState, 'saved' | 'theirs'> = {};
  const state = await runAction(async () => {
    const actor = await requireActor();
    const db = await getDb();
    try {
      const { invalidation } = await saveFront(db, actor, input);
      applyInvalidation(invalidation);
      extra = { saved: frontView(await loadFront(db, actor)) };
      return { ok: true, message: 'Front page saved: readers see it now.' };
    } catch (error) {
      if (error instanceof FrontConflict) extra = { theirs: frontView(error.current) };
      throw error;
    }
  });
  return { ...state, ...extra };
}

export interface SearchFrontState extends ActionState {
  results: FrontItem[];
}

/** Published stories whose headline holds the words, for the desk to put on the front. */
export async function searchFrontAction(query: string): Promise<SearchFrontState> {
  let results: FrontItem[] = [];
  const state = await runAction(async () => {
    const actor = await requireActor();
    const found = await searchFrontCandidates(await getDb(), actor, String(query ?? ''));
    results = found.map(candidateItem);
    return { ok: true, message: '' };
  });
  return { ...state, results };
}

export async function setBreakingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { text: formText(form, 'text') ?? '', url: formText(form, 'url') ?? '' };
  const state = await runAction(async () => {
    const actor = await requireActor();
    applyInvalidation(await setBreakingNews(await getDb(), actor, values));
    revalidatePath('/desk/front');
    return { ok: true, message: 'The strip is on every page.' };
  });
  return { ...state, values };
}

export async function clearBreakingAction(_prev: ActionState): Promise<ActionState> {
  return runAction(async () => {
    const actor = await requireActor();
    applyInvalidation(await clearBreakingNews(await getDb(), actor));
    revalidatePath('/desk/front');
    return { ok: true, message: 'The strip is cleared.' };
  });
}
