// Word-level differences between two versions of a story, for the history view and the conflict
// view. The text compared is what a reader would read: headline, standfirst, dateline and body.
import { diffWords } from 'diff';
import type { RevisionMeta } from '@/db/schema';
import { bodyToPlainText, type StoryBody } from './story-body';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

export function storyAsText(
  meta: Pick<RevisionMeta, 'headline' | 'standfirst' | 'dateline'>,
  body: StoryBody,
): string {
  return [meta.headline, meta.standfirst, meta.dateline, bodyToPlainText(body)]
    .filter((part) => part.trim())
    .join('\n\n');
}
