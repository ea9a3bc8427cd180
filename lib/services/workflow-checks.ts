// The checks of a workflow step, before anything is written: the graph allows it from the story's
// state, the story has a working copy, it is ready for readers when the step needs that, and the
// person gave what the step asks for.
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { media, type Revision, type Story, type StoryState } from '@/db/schema';
import {
  CHECKLIST_STEPS,
  blockers,
  runChecklist,
  warnings,
  type ChecklistItem,
} from '@/lib/checklist';
import { AppError } from '@/lib/errors';
import { bodyToPlainText } from '@/lib/story-body';
import { STATES, nextState, ruleOf, type Transition } from '@/lib/workflow';
import { workingRevision } from './revisions';

export interface StepInput {
  comment?: string;
  reason?: string;
  correction?: string;
  publishAt?: Date;
}

/** What the step carries once checked; a comment may come with any step. */
export interface CheckedInput {
  comment: string | null;
  reason: string | null;
  correction: string | undefined;
  publishAt: Date | undefined;
}

/** The state the step leads to; a `conflict` when the graph has no such step from here. */
export function allowedTarget(story: Story, transition: Transition): StoryState {
  const to = nextState(transition, story.state);
  if (!to) {
    const state = STATES[story.state].label.toLowerCase();
    throw new AppError('conflict', `A ${state} story cannot be ${ruleOf(transition).verb}.`);
  }
  return to;
}

export async function requireWorkingCopy(tx: Executor, story: Story): Promise<Revision> {
  const working = await workingRevision(tx, story);
  if (!working) throw new AppError('conflict', 'The story has no working copy.');
  return working;
}

/** What a story must have before it goes to the desk or to readers. */
export async function assertReady(tx: Executor, working: Revision) {
  const missing: Record<string, string> = {};
  if (!working.meta.headline.trim()) missing.headline = 'Write a headline.';
  if (!working.meta.sectionId) missing.sectionId = 'Choose a section.';
  if (working.meta.authorIds.length === 0) missing.authorIds = 'Name at least one author.';
  if (!bodyToPlainText(working.body).trim()) missing.body = 'Write the story.';
  const images = JSON.stringify(working.body).match(/"type":"image","attrs":\{[^}]*\}/g) ?? [];
  if (images.some((image) => !/"alt":"[^"]+/.test(image))) {
    missing.body = 'Every image needs alt text.';
  }
  const messages = Object.values(missing);
  if (messages.length) throw new AppError('invalid', messages.join(' '), missing);
  await assertFeaturedImageDescribed(tx, working);
}

/** A featured image shows in lists and shared links: it needs alt text like any other. */
async function assertFeaturedImageDescribed(tx: Executor, working: Revision) {
  if (!working.meta.featuredMediaId) return;
  const [image] = await tx
    .select({ alt: media.alt })
    .from(media)
    .where(eq(media.id, working.meta.featuredMediaId));
  if (image && !image.alt.trim()) {
    const message = 'The featured image needs alt text: add it in the media library.';
    throw new AppError('invalid', message, { featuredMediaId: message });
  }
}

/**
 * The publishing checklist (lib/checklist.ts) on the working copy, at a person's publish or
 * schedule step: a failing Must item refuses the step; the failing Should items are answered, for
 * the step to record that it went over them. The scheduler's own publication was checked when
 * the story was scheduled.
 */
export async function checkChecklist(
  tx: Executor,
  working: Revision,
  transition: Transition,
): Promise<ChecklistItem[]> {
  if (!CHECKLIST_STEPS.has(transition)) return [];
  let featuredAlt: string | null = null;
  if (working.meta.featuredMediaId) {
    const [image] = await tx
      .select({ alt: media.alt })
      .from(media)
      .where(eq(media.id, working.meta.featuredMediaId));
    featuredAlt = image ? image.alt.trim() : null;
  }
  const items = runChecklist({ meta: working.meta, body: working.body, featuredAlt });
  const blocking = blockers(items);
  if (blocking.length) {
    throw new AppError(
      'invalid',
      `Not ready: ${blocking.map((item) => item.fix).join(' ')}`,
      Object.fromEntries(blocking.map((item) => [item.id, item.fix])),
    );
  }
  return warnings(items);
}

function refuse(field: string, message: string): never {
  throw new AppError('invalid', message, { [field]: message });
}

/**
 * What the step asks for (lib/workflow.ts), given when required; a publication time in the
 * future by the database's clock `now`.
 */
export function checkInput(transition: Transition, input: StepInput, now: Date): CheckedInput {
  const ask = ruleOf(transition).asks;
  if (ask?.missing && !input[ask.field]) refuse(ask.field, ask.missing);
  if (ask?.field === 'publishAt' && input.publishAt!.getTime() <= now.getTime()) {
    refuse('publishAt', 'The publication time must be in the future.');
  }
  return {
    // Any step may carry a comment for the thread; asking for changes must.
    comment: input.comment || null,
    reason: ask?.field === 'reason' ? input.reason! : null,
    correction: input.correction,
    publishAt: ask?.field === 'publishAt' ? input.publishAt : undefined,
  };
}
