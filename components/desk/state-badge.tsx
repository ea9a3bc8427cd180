import type { StoryState } from '@/db/schema';

const LABELS: Record<StoryState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  changes_requested: 'Changes requested',
  scheduled: 'Scheduled',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

const TONES: Record<StoryState, string> = {
  draft: 'border-rule text-muted',
  submitted: 'border-ink text-ink',
  changes_requested: 'border-accent text-accent',
  scheduled: 'border-ink text-ink',
  published: 'border-ink bg-ink text-paper',
  withdrawn: 'border-rule text-muted line-through',
};

export function StateBadge({ state }: { state: StoryState }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs ${TONES[state]}`}>
      {LABELS[state]}
    </span>
  );
}
