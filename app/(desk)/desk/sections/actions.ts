'use server';
import type { ActionState } from '@/lib/action-state';
import { taxonomyAction } from '../taxonomy-action';

export async function sectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return taxonomyAction('section', form);
}
