import { describe, expect, it } from 'vitest';
import type { Role, StoryState } from '@/db/schema';
import {
  PermissionRefusal,
  assertCan,
  can,
  refusal,
  type Actor,
  type GlobalAction,
  type StoryAction,
} from './permissions';
import { STORY_STATES } from './workflow';

// The expected matrix, written out by hand from docs/product.md (not derived from the code).
// Each cell string reads: correspondent on own story, on another's; editor own, other; admin own, other.
const ALL = 'Y-YYYY';
const EDITORS = '--YYYY';
const NONE = '------';
const only = (states: StoryState[], cell: string) =>
  Object.fromEntries(STORY_STATES.map((state) => [state, states.includes(state) ? cell : NONE]));

const STORY_MATRIX: Record<StoryAction, Record<string, string>> = {
  'story.view': only([...STORY_STATES], ALL),
  'story.comment': only([...STORY_STATES], ALL),
  // Whoever may create a story and open this one may translate it, in any state.
  'story.translate': only([...STORY_STATES], ALL),
  // Whoever may open a story may share its preview and revoke the links.
  'story.share_preview': only([...STORY_STATES], ALL),
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
  'sections.manage': '--Y',
  'users.manage': '--Y',
  'settings.manage': '--Y',
  'audit.view': '--Y',
  'wire.manage': '--Y',
  'analytics.view': 'YYY',
  'front.curate': '-YY',
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
    expect(storyCases).toHaveLength(14 * 6 * 3 * 2);
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

  it('a refusal says who asked for what, on which subject, for the audit log', () => {
    const refusalOf = (ask: () => void) => {
      try {
        ask();
      } catch (error) {
        return error;
      }
      throw new Error('not refused');
    };
    const me = actor('correspondent');
    const story = { id: 'story-1', state: 'draft' as const, authorIds: [me.id] };
    expect(refusalOf(() => assertCan(me, 'story.publish', story))).toEqual(
      new PermissionRefusal(me, 'story.publish', { type: 'story', id: 'story-1' }),
    );
    const withoutId = refusalOf(() => assertCan(me, 'story.publish', { ...story, id: undefined }));
    expect(withoutId).toMatchObject({ subject: { type: 'story', id: null } });
    expect(refusalOf(() => assertCan(me, 'media.delete', 'image-1'))).toMatchObject({
      code: 'forbidden',
      message: 'You do not have permission to do that.',
      actor: me,
      action: 'media.delete',
      subject: { type: 'media', id: 'image-1' },
    });
    expect(refusalOf(() => assertCan(me, 'settings.manage'))).toMatchObject({
      subject: { type: 'settings', id: null },
    });
    // A deactivated account is refused everything, and that is a refusal of the rules too.
    const gone = actor('admin', false);
    expect(refusalOf(() => assertCan(gone, 'users.manage', 'user-9'))).toBeInstanceOf(
      PermissionRefusal,
    );
    expect(refusal(gone, 'audit.view').subject).toEqual({ type: 'audit', id: null });
  });
});
