// Who may do what (docs/product.md, Roles): THE place that answers it. Every service asks `can` or
// `assertCan` with the actor freshly read from the database; the desk asks only to hide controls.
import type { Role, StoryState } from '@/db/schema';
import { AUTHOR_EDITABLE_STATES, TRANSITIONS, nextState, type Transition } from './workflow';
import { AppError } from './errors';

export interface Actor {
  id: string;
  role: Role;
  active: boolean;
}

/** What the rules need to know about a story: its state and who wrote it (and its id, to name it). */
export interface StoryScope {
  /** Not a rule's input: it names the story when a refusal is audited. */
  id?: string;
  state: StoryState;
  authorIds: readonly string[];
}

export type TransitionAction = `story.${Transition}`;
export type StoryAction =
  | 'story.view'
  | 'story.edit'
  | 'story.comment'
  | 'story.translate'
  | 'story.share_preview'
  | TransitionAction;
export type GlobalAction =
  | 'account.manage_own'
  | 'story.create'
  | 'media.upload'
  | 'media.edit'
  | 'media.delete'
  | 'taxonomy.manage'
  | 'sections.manage'
  | 'users.manage'
  | 'settings.manage'
  | 'audit.view'
  | 'wire.manage'
  | 'analytics.view'
  | 'front.curate';
export type Action = StoryAction | GlobalAction;

const RANK: Record<Role, number> = { correspondent: 0, editor: 1, admin: 2 };

export const isEditor = (actor: Actor) => RANK[actor.role] >= RANK.editor;
export const isAdmin = (actor: Actor) => actor.role === 'admin';
export const isAuthor = (actor: Actor, story: StoryScope) => story.authorIds.includes(actor.id);

const GLOBAL_RULES: Record<GlobalAction, (actor: Actor) => boolean> = {
  'account.manage_own': () => true,
  'story.create': () => true,
  'media.upload': () => true,
  // Alt text, captions and credits: anyone on staff may improve them.
  'media.edit': () => true,
  // Deleting takes a picture away from every story that shows it: the desk decides.
  'media.delete': isEditor,
  // Tags are the desk's (editors); sections shape the whole site, its menu and addresses (admins).
  'taxonomy.manage': isEditor,
  'sections.manage': isAdmin,
  'users.manage': isAdmin,
  'settings.manage': isAdmin,
  'audit.view': isAdmin,
  // Partners of the wire take the agency's stories: who gets what, and their keys (docs/wire.md).
  'wire.manage': isAdmin,
  // Everyone on staff reads analytics; a correspondent's figures are of their own stories only,
  // which the queries enforce (lib/analytics/report/scope.ts).
  'analytics.view': () => true,
  // What leads the front page, and the breaking-news strip over every page: the desk decides.
  'front.curate': isEditor,
};

function canOnStory(actor: Actor, action: StoryAction, story: StoryScope): boolean {
  const editor = isEditor(actor);
  const author = isAuthor(actor, story);
  switch (action) {
    case 'story.view':
    case 'story.comment':
    // A signed link to the preview, and revoking one: whoever may open the story (docs/product.md,
    // "Preview").
    case 'story.share_preview':
      return editor || author;
    // A translation is a new story made from this one: whoever may create a story and open this
    // one (docs/product.md, Languages).
    case 'story.translate':
      return GLOBAL_RULES['story.create'](actor) && (editor || author);
    case 'story.edit':
      return editor || (author && AUTHOR_EDITABLE_STATES.includes(story.state));
    default: {
      const transition = action.slice('story.'.length) as Transition;
      if (nextState(transition, story.state) === null) return false;
      return TRANSITIONS[transition].by === 'editor' ? editor : editor || author;
    }
  }
}

export function can(actor: Actor, action: GlobalAction): boolean;
export function can(actor: Actor, action: StoryAction, story: StoryScope): boolean;
export function can(actor: Actor, action: Action, story?: StoryScope): boolean {
  if (!actor.active) return false;
  if (action in GLOBAL_RULES) return GLOBAL_RULES[action as GlobalAction](actor);
  if (!story) return false;
  return canOnStory(actor, action as StoryAction, story);
}

/** What a refused action was about, for the audit log: a kind of record and, when known, which. */
export interface Subject {
  type:
    | 'story'
    | 'user'
    | 'media'
    | 'settings'
    | 'taxonomy'
    | 'audit'
    | 'partner'
    | 'analytics'
    | 'front';
  id: string | null;
}

const GLOBAL_SUBJECT: Record<GlobalAction, Subject['type']> = {
  'account.manage_own': 'user',
  'story.create': 'story',
  'media.upload': 'media',
  'media.edit': 'media',
  'media.delete': 'media',
  'taxonomy.manage': 'taxonomy',
  'sections.manage': 'taxonomy',
  'users.manage': 'user',
  'settings.manage': 'settings',
  'audit.view': 'audit',
  'wire.manage': 'partner',
  'analytics.view': 'analytics',
  'front.curate': 'front',
};

/**
 * A refusal by these rules: a `forbidden` AppError that also says who asked for what on which
 * subject. The entry points that answer it (route handlers, server actions) audit it as
 * `authz_denied` (lib/refusal-audit.ts), after the request's own transaction has rolled back.
 */
export class PermissionRefusal extends AppError {
  constructor(
    readonly actor: Actor,
    readonly action: Action,
    readonly subject: Subject,
  ) {
    super('forbidden', 'You do not have permission to do that.');
  }
}

/**
 * A refusal answered as 404: a correspondent reaching for a colleague's story is told, like for
 * an unknown id, that there is no such story (its existence is not given away), and the entry
 * point audits it as `authz_denied` all the same.
 */
export class ScopeRefusal extends AppError {
  constructor(
    readonly actor: Actor,
    readonly action: Action,
    readonly subject: Subject,
    message: string,
  ) {
    super('not_found', message);
  }
}

/** The refusal of `action` to `actor`; `subjectId` names the story, image or person, if known. */
export function refusal(actor: Actor, action: Action, subjectId: string | null = null) {
  const type = action in GLOBAL_SUBJECT ? GLOBAL_SUBJECT[action as GlobalAction] : 'story';
  return new PermissionRefusal(actor, action, { type, id: subjectId });
}

/**
 * Throws a `PermissionRefusal` unless the actor may take the action. For a global action,
 * `subjectId` names what it was asked on (an image, a person), for the audit log only.
 */
export function assertCan(actor: Actor, action: GlobalAction, subjectId?: string): void;
export function assertCan(actor: Actor, action: StoryAction, story: StoryScope): void;
export function assertCan(actor: Actor, action: Action, about?: StoryScope | string): void {
  if (typeof about === 'object') {
    if (!can(actor, action as StoryAction, about)) throw refusal(actor, action, about.id ?? null);
  } else if (!can(actor, action as GlobalAction)) {
    throw refusal(actor, action, about ?? null);
  }
}
