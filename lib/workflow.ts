// The story workflow (docs/product.md) as data: which transition leads from which states to which,
// and who may take it. Pure: no I/O. Services guard every transition with it inside a transaction;
// the desk uses it only to decide which buttons to show.
import type { StoryState } from '@/db/schema';

export const STORY_STATES = [
  'draft',
  'submitted',
  'changes_requested',
  'scheduled',
  'published',
  'withdrawn',
] as const satisfies readonly StoryState[];

/** `author`: any author of the story, and editors; `editor`: editors and admins only. */
export type TransitionTaker = 'author' | 'editor';

interface TransitionRule {
  from: readonly StoryState[];
  to: StoryState;
  by: TransitionTaker;
  /** What the person taking it must give. */
  requires?: 'comment' | 'reason' | 'publish_time';
}

export const TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: 'author' },
  recall: { from: ['submitted'], to: 'draft', by: 'author' },
  request_changes: {
    from: ['submitted'],
    to: 'changes_requested',
    by: 'editor',
    requires: 'comment',
  },
  publish: { from: ['submitted', 'scheduled', 'draft'], to: 'published', by: 'editor' },
  schedule: { from: ['submitted'], to: 'scheduled', by: 'editor', requires: 'publish_time' },
  unschedule: { from: ['scheduled'], to: 'submitted', by: 'editor' },
  publish_update: { from: ['published'], to: 'published', by: 'editor' },
  withdraw: { from: ['published'], to: 'withdrawn', by: 'editor', requires: 'reason' },
  republish: { from: ['withdrawn'], to: 'published', by: 'editor' },
} as const satisfies Record<string, TransitionRule>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

/** The state a transition leads to from `from`, or null when it does not start there. */
export function nextState(transition: Transition, from: StoryState): StoryState | null {
  const rule: TransitionRule = TRANSITIONS[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** States in which an author who is not an editor may change the working copy. */
export const AUTHOR_EDITABLE_STATES: readonly StoryState[] = ['draft', 'changes_requested'];

/** What the person taking a transition must give, if anything. */
export function requirementOf(transition: Transition): TransitionRule['requires'] {
  const rule: TransitionRule = TRANSITIONS[transition];
  return rule.requires;
}
