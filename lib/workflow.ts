// The story workflow (docs/product.md) as ONE table: the states and how the desk names them, the
// transitions, who may take them, what each asks for, whether it changes what readers see, whom
// it tells, and how the desk words it. Pure: no I/O. The service (lib/services/workflow.ts), the
// permission rules, the workflow panel, the state badge, the desk's lists and the notifications
// all read it; nothing else lists states or steps.
import { STORY_STATES, type StoryState } from '@/db/story-states';
import { COMMENT_MAX, NOTE_MAX } from '@/lib/validation/limits';

// The tuple lives in db/ so that the database enum is made from it without db/ importing lib/.
export { STORY_STATES, type StoryState };

interface StateRule {
  /** How the desk names the state (badge, filter); lower-cased inside a sentence. */
  label: string;
  /** The heading over a correspondent's own stories in that state, and its place among them. */
  heading: string;
  order: number;
  /** How the badge looks. */
  tone: 'quiet' | 'pending' | 'attention' | 'live' | 'gone';
  /** An author who is not an editor may change the working copy. */
  authorEditable: boolean;
}

export const STATES = {
  draft: { label: 'Draft', heading: 'Drafts', order: 1, tone: 'quiet', authorEditable: true },
  submitted: {
    label: 'Submitted',
    heading: 'With the desk',
    order: 2,
    tone: 'pending',
    authorEditable: false,
  },
  // What a correspondent must act on comes first.
  changes_requested: {
    label: 'Changes requested',
    heading: 'Changes requested',
    order: 0,
    tone: 'attention',
    authorEditable: true,
  },
  scheduled: {
    label: 'Scheduled',
    heading: 'Scheduled',
    order: 3,
    tone: 'pending',
    authorEditable: false,
  },
  published: {
    label: 'Published',
    heading: 'Published',
    order: 4,
    tone: 'live',
    authorEditable: false,
  },
  withdrawn: {
    label: 'Withdrawn',
    heading: 'Withdrawn',
    order: 5,
    tone: 'gone',
    authorEditable: false,
  },
} as const satisfies Record<StoryState, StateRule>;

/** `author`: any author of the story, and editors; `editor`: editors and admins only. */
export type TransitionTaker = 'author' | 'editor';

/** What a step may carry besides its name: the same spelling in the panel, the API and here. */
export type Ask = 'comment' | 'reason' | 'publishAt' | 'correction';

/** The longest text each field may hold (a publication time is a date, not text). */
export const ASK_MAX = { comment: COMMENT_MAX, reason: NOTE_MAX, correction: NOTE_MAX } as const;

export interface TransitionRule {
  from: readonly StoryState[];
  to: StoryState;
  by: TransitionTaker;
  /** The desk's button, and what the panel says once the step is taken. */
  label: string;
  done: string;
  /** Past tense: "The desk published “…”", "A draft story cannot be published." */
  verb: string;
  /** How the story's timeline tells it, after who took it: "… submitted it for review". */
  history: string;
  /** What the person taking it is asked for; `missing` when it is required. */
  asks?: { field: Ask; prompt: string; missing?: string };
  /** The story must be ready for readers first (headline, section, author, text, alt text). */
  needsReady?: boolean;
  /** The text as it was at this step is kept as a named revision. */
  namesRevision?: boolean;
  /** What readers see changes: the story goes live (again, or as an update), or is taken off. */
  readers?: 'live' | 'gone';
  /** Who hears of it in their notifications, and under which kind. */
  notifies?: { who: 'editors' | 'authors'; kind: string };
}

export const TRANSITIONS = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'submitted',
    by: 'author',
    label: 'Submit for review',
    done: 'Submitted to the desk.',
    verb: 'submitted',
    history: 'submitted it for review',
    needsReady: true,
    namesRevision: true,
    notifies: { who: 'editors', kind: 'submitted' },
  },
  recall: {
    from: ['submitted'],
    to: 'draft',
    by: 'author',
    label: 'Recall',
    done: 'Recalled: it is a draft again.',
    verb: 'recalled',
    history: 'recalled it',
    namesRevision: true,
  },
  request_changes: {
    from: ['submitted'],
    to: 'changes_requested',
    by: 'editor',
    label: 'Request changes',
    done: 'Changes requested; the authors are told.',
    verb: 'asked for changes to',
    history: 'requested changes',
    asks: {
      field: 'comment',
      prompt: 'What needs changing (the authors see this)',
      missing: 'Say what needs changing.',
    },
    namesRevision: true,
    notifies: { who: 'authors', kind: 'request_changes' },
  },
  publish: {
    from: ['submitted', 'scheduled', 'draft'],
    to: 'published',
    by: 'editor',
    label: 'Publish now',
    done: 'Published.',
    verb: 'published',
    history: 'published it',
    needsReady: true,
    namesRevision: true,
    readers: 'live',
    notifies: { who: 'authors', kind: 'publish' },
  },
  schedule: {
    from: ['submitted'],
    to: 'scheduled',
    by: 'editor',
    label: 'Schedule',
    done: 'Scheduled.',
    verb: 'scheduled',
    history: 'scheduled it',
    asks: {
      field: 'publishAt',
      prompt: 'Publish at (your local time)',
      missing: 'Choose when to publish.',
    },
    needsReady: true,
    // No `readers`: a scheduled story is not public until the scheduler publishes it.
    notifies: { who: 'authors', kind: 'schedule' },
  },
  unschedule: {
    from: ['scheduled'],
    to: 'submitted',
    by: 'editor',
    label: 'Unschedule',
    done: 'Unscheduled: back in the review queue.',
    verb: 'unscheduled',
    history: 'unscheduled it',
  },
  publish_update: {
    from: ['published'],
    to: 'published',
    by: 'editor',
    label: 'Publish update',
    done: 'Update published.',
    verb: 'published an update to',
    history: 'published an update',
    asks: { field: 'correction', prompt: 'Correction note (optional, shown to readers)' },
    needsReady: true,
    namesRevision: true,
    readers: 'live',
    notifies: { who: 'authors', kind: 'publish_update' },
  },
  withdraw: {
    from: ['published'],
    to: 'withdrawn',
    by: 'editor',
    label: 'Withdraw',
    done: 'Withdrawn from the public site.',
    verb: 'withdrew',
    history: 'withdrew it',
    asks: {
      field: 'reason',
      prompt: 'Reason for withdrawing',
      missing: 'Give the reason for withdrawing the story.',
    },
    readers: 'gone',
    notifies: { who: 'authors', kind: 'withdraw' },
  },
  republish: {
    from: ['withdrawn'],
    to: 'published',
    by: 'editor',
    label: 'Republish',
    done: 'Republished.',
    verb: 'republished',
    history: 'republished it',
    needsReady: true,
    namesRevision: true,
    readers: 'live',
  },
} as const satisfies Record<string, TransitionRule>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

/** A transition's rule, widened so that optional fields can be read on any of them. */
export function ruleOf(transition: Transition): TransitionRule {
  return TRANSITIONS[transition];
}

/** The state a transition leads to from `from`, or null when it does not start there. */
export function nextState(transition: Transition, from: StoryState): StoryState | null {
  const rule = ruleOf(transition);
  return rule.from.includes(from) ? rule.to : null;
}

/** States in which an author who is not an editor may change the working copy. */
export const AUTHOR_EDITABLE_STATES: readonly StoryState[] = STORY_STATES.filter(
  (state) => STATES[state].authorEditable,
);

/** A correspondent's own stories are grouped by state on the desk, in this order. */
export const DESK_GROUP_ORDER: readonly StoryState[] = [...STORY_STATES].sort(
  (a, b) => STATES[a].order - STATES[b].order,
);
