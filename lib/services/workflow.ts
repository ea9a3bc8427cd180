// Moving a story through the workflow (docs/product.md) along the graph in lib/workflow.ts. One
// transaction per transition, in the steps applyTransition names: lock the story within the
// caller's scope, compare the version, check permission and the graph, check requirements, write
// the state, a named revision, the public projection, the comment, the audit row, the
// notifications and, when readers' pages change, the page-cache invalidation
// (lib/page-cache/invalidation.ts). The caller then applies that invalidation to its own cache at
// once; other instances read it from the outbox.
import type { Database, Executor } from '@/db';
import type { Story, StoryState } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import type { Invalidation } from '@/lib/page-cache/invalidation';
import { parseInput } from '@/lib/validation/parse-input';
import { transitionSchema } from '@/lib/validation/transition';
import { ruleOf, type Transition } from '@/lib/workflow';
import { recordWireEvent } from '@/lib/wire/events';
import { storyInScope } from './story-scope';
import {
  allowedTarget,
  assertReady,
  checkChecklist,
  checkInput,
  requireWorkingCopy,
  type StepInput,
} from './workflow-checks';
import {
  invalidatePages,
  notifyStep,
  pagesShowing,
  recordOverride,
  recordStep,
} from './workflow-records';
import { databaseNow, stepChanges, writeState } from './workflow-writes';

export interface TransitionResult {
  state: StoryState;
  version: number;
  /** The story's public addresses: its own, and the one it moves to; its language's prefix. */
  touched: { slugs: string[]; language: string };
  /** The public pages this step made stale, when it changed what readers see. */
  invalidation: Invalidation | null;
}

/**
 * Applies one transition to a locked story. Shared by people (through `transitionStory`) and by
 * the scheduler (actor null), so both follow exactly the same steps.
 */
export async function applyTransition(
  tx: Executor,
  story: Story,
  actor: Actor | null,
  transition: Transition,
  input: StepInput,
): Promise<TransitionResult> {
  const rule = ruleOf(transition);
  const to = allowedTarget(story, transition);
  const working = await requireWorkingCopy(tx, story);
  if (rule.needsReady) await assertReady(tx, working);
  const overridden = actor ? await checkChecklist(tx, working, transition) : [];
  const now = await databaseNow(tx);
  const step = {
    story,
    working,
    actor,
    transition,
    to,
    now,
    input: checkInput(transition, input, now),
  };
  // Pages that showed the story before the step (its old section and tags, say) go stale too.
  const staleBefore = rule.readers ? await pagesShowing(tx, story) : [];
  const { changes, slugs } = await stepChanges(tx, step);
  const version = await writeState(tx, step, changes);
  await recordStep(tx, step, changes.publishAt);
  if (overridden.length) await recordOverride(tx, step, overridden);
  await notifyStep(tx, step);
  const invalidation = rule.readers ? await invalidatePages(tx, story, staleBefore, slugs) : null;
  // The partners' outbox (docs/wire.md), in the same transaction as the step.
  await recordWireEvent(tx, story.id, transition, {
    correction: step.input.correction ?? undefined,
    reason: step.input.reason ?? undefined,
  });
  return { state: to, version, touched: { slugs, language: story.language }, invalidation };
}

/** A person takes a workflow step on a story. */
export async function transitionStory(
  db: Database,
  actor: Actor,
  id: unknown,
  input: unknown,
): Promise<TransitionResult> {
  const data = parseInput(transitionSchema, input);
  return db.transaction(async (tx) => {
    const { story, scope } = await storyInScope(tx, actor, id, {
      lock: true,
      action: `story.${data.transition}`,
    });
    // A stale version first: of two editors publishing at once, the second learns that someone
    // was quicker, not that publishing a published story is not allowed.
    if (story.version !== data.baseVersion) {
      throw new AppError(
        'conflict',
        'The story changed since you opened it; reload it and try again.',
      );
    }
    assertCan(actor, `story.${data.transition}`, scope);
    return applyTransition(tx, story, actor, data.transition, {
      comment: data.comment,
      reason: data.reason,
      correction: data.correction,
      publishAt: data.publishAt ? new Date(data.publishAt) : undefined,
    });
  });
}
