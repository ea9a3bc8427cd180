import { describe, expect, it } from 'vitest';
import { storyStateEnum, type StoryState } from '@/db/schema';
import {
  DESK_GROUP_ORDER,
  STATES,
  STORY_STATES,
  TRANSITION_NAMES,
  nextState,
  ruleOf,
  type Transition,
} from './workflow';

// Every (transition, from-state) pair that docs/product.md's workflow allows, and where it leads.
const ALLOWED: Record<Transition, Partial<Record<StoryState, StoryState>>> = {
  submit: { draft: 'submitted', changes_requested: 'submitted' },
  recall: { submitted: 'draft' },
  request_changes: { submitted: 'changes_requested' },
  publish: { submitted: 'published', scheduled: 'published', draft: 'published' },
  schedule: { submitted: 'scheduled' },
  unschedule: { scheduled: 'submitted' },
  publish_update: { published: 'published' },
  withdraw: { published: 'withdrawn' },
  republish: { withdrawn: 'published' },
};

describe('the workflow graph', () => {
  it.each(
    TRANSITION_NAMES.flatMap((transition) =>
      STORY_STATES.map((from) => ({ transition, from, to: ALLOWED[transition][from] ?? null })),
    ),
  )('$transition from $from → $to', ({ transition, from, to }) => {
    expect(nextState(transition, from)).toBe(to);
  });
});

describe('the workflow table', () => {
  it('spells the states exactly as the database enum does', () => {
    expect(storyStateEnum.enumValues).toEqual([...STORY_STATES]);
    expect(Object.keys(STATES).sort()).toEqual([...STORY_STATES].sort());
  });

  it('orders every state once in the desk groups', () => {
    expect([...DESK_GROUP_ORDER].sort()).toEqual([...STORY_STATES].sort());
  });

  // A step that goes live copies a named revision to readers (lib/services/workflow-writes.ts).
  it.each(TRANSITION_NAMES.filter((transition) => ruleOf(transition).readers === 'live'))(
    '%s names a revision and checks readiness before going live',
    (transition) => {
      expect(ruleOf(transition)).toMatchObject({ namesRevision: true, needsReady: true });
    },
  );

  it('asks for each field in one step only, so the panel has one prompt for it', () => {
    const fields = TRANSITION_NAMES.flatMap((transition) => ruleOf(transition).asks?.field ?? []);
    expect(new Set(fields).size).toBe(fields.length);
  });
});
