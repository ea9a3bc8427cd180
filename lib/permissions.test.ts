import { describe, expect, it } from 'vitest';
import type { Role, StoryState } from '@/db/schema';
import { assertCan, can, type Actor, type GlobalAction, type StoryAction } from './permissions';
import { STORY_STATES } from './workflow';

// The expected matrix, written out by hand from PRODUCT.md §1 and §3 (not derived from the code).
// Each cell string reads: correspondent on own story, on another's; editor own, other; admin own, other.
const ALL = 'Y-YYYY';
const EDITORS = '--YYYY';
const NONE = '------';
const only = (states: StoryState[], cell: string) =>
  Object.fromEntries(STORY_STATES.map((state) => [state, states.includes(state) ? cell : NONE]));

const STORY_MATRIX: Record<StoryAction, Record<string, string>> = {
  'story.view': only([...STORY_STATES], ALL),
  'story.comment': only([...STORY_STATES], ALL),
  'story.edit': {
    draft: ALL,
    changes_requested: ALL,
    submitted: EDITORS,
    scheduled: EDITORS,
    published: EDITORS,
    withdrawn: EDITORS,
  },
  'story.submit': only(['draft', 'changes_requested'], ALL),
  'story.recall': only(['submitted'], ALL),
  'story.request_changes': only(['submitted'], EDITORS),
  'story.publish': only(['draft', 'submitted', 'scheduled'], EDITORS),
  'story.schedule': only(['submitted'], EDITORS),
  'story.unschedule': only(['scheduled'], EDITORS),
  'story.publish_update': only(['published'], EDITORS),
  'story.withdraw': only(['published'], EDITORS),
  'story.republish': only(['withdrawn'], EDITORS),
};

// correspondent, editor, admin
const GLOBAL_MATRIX: Record<GlobalAction, string> = {
  'account.manage_own': 'YYY',
  'story.create': 'YYY',
  'media.upload': 'YYY',
  'media.edit': 'YYY',
  'media.delete': '-YY',
  'taxonomy.manage': '-YY',
  'users.manage': '--Y',
  'settings.manage': '--Y',
  'audit.view': '--Y',
};

const ROLES: Role[] = ['correspondent', 'editor', 'admin'];
const actor = (role: Role, active = true): Actor => ({ id: `${role}-1`, role, active });

const storyCases = Object.entries(STORY_MATRIX).flatMap(([action, byState]) =>
  STORY_STATES.flatMap((state) =>
    ROLES.flatMap((role, roleIndex) =>
      (['own', 'other'] as const).map((whose, whoseIndex) => ({
        action: action as StoryAction,
        state,
        role,
        whose,
        allowed: byState[state]![roleIndex * 2 + whoseIndex] === 'Y',
      })),
    ),
  ),
);

describe('the permission matrix', () => {
  it('covers every story action, state, role and authorship', () => {
    expect(storyCases).toHaveLength(12 * 6 * 3 * 2);
  });

  it.each(storyCases)(
    '$role on $whose story in $state: $action → $allowed',
    ({ action, state, role, whose, allowed }) => {
      const me = actor(role);
      const story = {
        state,
        authorIds: whose === 'own' ? [me.id, 'someone-else'] : ['someone-else'],
      };
      expect(can(me, action, story)).toBe(allowed);
      expect(can(actor(role, false), action, story)).toBe(false);
    },
  );

  it.each(
    Object.entries(GLOBAL_MATRIX).flatMap(([action, cells]) =>
      ROLES.map((role, index) => ({
        action: action as GlobalAction,
        role,
        allowed: cells[index] === 'Y',
      })),
    ),
  )('$role: $action → $allowed', ({ action, role, allowed }) => {
    expect(can(actor(role), action)).toBe(allowed);
    expect(can(actor(role, false), action)).toBe(false);
  });

  it('refuses story actions asked without a story', () => {
    expect(can(actor('admin'), 'story.view' as GlobalAction)).toBe(false);
  });

  it('assertCan throws a forbidden AppError', () => {
    expect(() => assertCan(actor('correspondent'), 'users.manage')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => assertCan(actor('admin'), 'users.manage')).not.toThrow();
  });
});
