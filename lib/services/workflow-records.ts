// What a workflow step leaves besides the story row, in the same transaction: the comment, the
// audit row, the notifications the graph names and their mail (lib/mail/workflow-mail.ts), and the invalidation of the public pages it
// changed (lib/public/invalidation.ts).
import type { Executor } from '@/db';
import { comments, type Story } from '@/db/schema';
import { CHECKLIST_OVERRIDE, recordAudit } from '@/lib/audit';
import type { ChecklistItem } from '@/lib/checklist';
import { storyChangeTags } from '@/lib/page-cache/tags';
import { recordInvalidation, type Invalidation } from '@/lib/page-cache/invalidation';
import { queueStepMail } from '@/lib/mail/workflow-mail';
import { ruleOf } from '@/lib/workflow';
import { editorIds, notify } from './notifications';
import { authorIdsOf } from './story-scope';
import type { Step } from './workflow-writes';

/** The comment given with the step, and the audit row with the old and new state. */
export async function recordStep(
  tx: Executor,
  { story, actor, transition, to, input }: Step,
  publishAt: Date | null | undefined,
) {
  if (input.comment) {
    await tx
      .insert(comments)
      .values({ storyId: story.id, authorId: actor?.id ?? null, body: input.comment });
  }
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: `story.${transition}`,
    subjectType: 'story',
    subjectId: story.id,
    oldValue: { state: story.state, publishAt: story.publishAt },
    newValue: { state: to, publishAt: publishAt ?? story.publishAt ?? null },
    comment: input.comment ?? input.reason ?? input.correction ?? null,
  });
}

/**
 * The checklist's warnings a person published or scheduled over (lib/checklist.ts), as an audit
 * row of its own that the timeline shows.
 */
export async function recordOverride(
  tx: Executor,
  { story, actor, transition }: Step,
  overridden: ChecklistItem[],
) {
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: CHECKLIST_OVERRIDE,
    subjectType: 'story',
    subjectId: story.id,
    newValue: { transition, warnings: overridden.map((item) => item.label) },
  });
}

/** Tells whom the graph names: the editors of a new submission, the authors of the rest. */
export async function notifyStep(tx: Executor, { story, working, actor, transition }: Step) {
  const notice = ruleOf(transition).notifies;
  if (!notice) return;
  const headline = working.meta.headline || 'Untitled';
  const entry = { kind: notice.kind, storyId: story.id, actorId: actor?.id ?? null };
  const mail = { kind: notice.kind, storyId: story.id, headline, actorId: entry.actorId };
  if (notice.who === 'editors') {
    const editors = await editorIds(tx);
    await notify(tx, editors, { ...entry, message: `New submission: “${headline}”.` });
    await queueStepMail(tx, mail, editors);
    return;
  }
  // Read after the step: on publication the byline is the published revision's.
  const who = actor ? 'The desk' : 'The scheduler';
  const authors = await authorIdsOf(tx, story.id);
  await notify(tx, authors, {
    ...entry,
    message: `${who} ${ruleOf(transition).verb} “${headline}”.`,
  });
  await queueStepMail(tx, mail, authors);
}

/** The public pages that show the story now (its address, section, tags…), before the step. */
export function pagesShowing(tx: Executor, story: Story): Promise<string[]> {
  return storyChangeTags(tx, story.id, [story.slug]);
}

/** Records as stale the pages that showed the story before the step and those that show it now. */
export async function invalidatePages(
  tx: Executor,
  story: Story,
  staleBefore: string[],
  slugs: string[],
): Promise<Invalidation> {
  const after = await storyChangeTags(tx, story.id, slugs);
  return recordInvalidation(tx, [...new Set([...staleBefore, ...after])]);
}
