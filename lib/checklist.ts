// The publishing checklist (docs/product.md, "The publishing checklist"): what a story must have
// before it is published or scheduled, and what it should have. One pure module: the workflow
// panel shows it as the editor types, and the workflow service runs it again at the step
// (lib/services/workflow-checks.ts), so the panel can never let through what the server refuses.
import { isSafeHref } from './links';
import type { BodyNode } from './story-body';
import type { Transition } from './workflow';

/** The steps that put a story before readers, now or at a set time: they pass the checklist. */
export const CHECKLIST_STEPS: ReadonlySet<Transition> = new Set([
  'publish',
  'schedule',
  'publish_update',
  'republish',
]);

export const CHECKLIST_HEADLINE = { min: 10, max: 110, short: 70 } as const;

export interface ChecklistStory {
  meta: {
    headline: string;
    standfirst: string;
    dateline: string;
    sectionId: string | null;
    authorIds: string[];
    tagIds: string[];
    featuredMediaId: string | null | undefined;
  };
  body: BodyNode;
  /** The featured image's alt text in the library, when the caller knows it (null: unknown). */
  featuredAlt?: string | null;
}

export type ChecklistLevel = 'must' | 'should';

export interface ChecklistItem {
  id: string;
  level: ChecklistLevel;
  /** What the item asks, as the panel lists it. */
  label: string;
  ok: boolean;
  /** What to do about it, when it fails. */
  fix: string;
}

/** Every picture of a body, and every link mark's address. */
function bodyParts(body: BodyNode) {
  const images: Record<string, unknown>[] = [];
  const hrefs: unknown[] = [];
  const walk = (node: BodyNode) => {
    if (node.type === 'image') images.push(node.attrs ?? {});
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') hrefs.push(mark.attrs?.href);
    }
    node.content?.forEach(walk);
  };
  walk(body);
  return { images, hrefs };
}

const filled = (text: string | null | undefined) => Boolean(text && text.trim());

/** The whole checklist of a story, in the order the panel shows it. */
export function runChecklist(story: ChecklistStory): ChecklistItem[] {
  const { meta } = story;
  const headline = meta.headline.trim().length;
  const { images, hrefs } = bodyParts(story.body);
  const featuredDescribed = !meta.featuredMediaId || story.featuredAlt !== '';
  const { min, max, short } = CHECKLIST_HEADLINE;
  const item = (
    id: string,
    level: ChecklistLevel,
    label: string,
    ok: boolean,
    fix: string,
  ): ChecklistItem => ({ id, level, label, ok, fix });
  return [
    item(
      'headline',
      'must',
      `A headline of ${min}–${max} characters`,
      headline >= min && headline <= max,
      headline < min
        ? `The headline is too short (${headline} of at least ${min} characters).`
        : `The headline is too long (${headline} of at most ${max} characters).`,
    ),
    item('section', 'must', 'A section', Boolean(meta.sectionId), 'Choose a section.'),
    item('dateline', 'must', 'A dateline', filled(meta.dateline), 'Write a dateline.'),
    item('byline', 'must', 'A byline', meta.authorIds.length > 0, 'Name at least one author.'),
    item(
      'alt',
      'must',
      'Alt text on every picture',
      images.every((attrs) => filled(attrs.alt as string | undefined)) && featuredDescribed,
      'Every picture needs alt text: describe it in the picture’s details.',
    ),
    item(
      'links',
      'must',
      'Links are http(s) or mailto',
      hrefs.every(isSafeHref),
      'A link must start with http://, https:// or mailto:.',
    ),
    item('standfirst', 'should', 'A standfirst', filled(meta.standfirst), 'No standfirst.'),
    item('tags', 'should', 'At least one tag', meta.tagIds.length > 0, 'No tag.'),
    item(
      'featured',
      'should',
      'A featured image',
      Boolean(meta.featuredMediaId),
      'No featured image.',
    ),
    item(
      'headline-short',
      'should',
      `A headline under ${short} characters`,
      headline < short,
      `The headline is ${headline} characters: search results cut it past ${short}.`,
    ),
  ];
}

/** The Must items that fail: any of them blocks publishing and scheduling. */
export const blockers = (items: ChecklistItem[]) =>
  items.filter((item) => item.level === 'must' && !item.ok);

/** The Should items that fail: publishing over them is allowed and recorded. */
export const warnings = (items: ChecklistItem[]) =>
  items.filter((item) => item.level === 'should' && !item.ok);
