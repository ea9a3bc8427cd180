import { describe, expect, it } from 'vitest';
import type { StoryState } from '@/db/schema';
import { STORY_STATES, TRANSITION_NAMES, nextState, type Transition } from './workflow';

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
