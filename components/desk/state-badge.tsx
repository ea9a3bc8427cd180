import type { StoryState } from '@/db/schema';
import { STATES } from '@/lib/workflow';

const TONES: Record<(typeof STATES)[StoryState]['tone'], string> = {
  quiet: 'border-rule text-muted',
  pending: 'border-ink text-ink',
  attention: 'border-accent text-accent',
  live: 'border-ink bg-ink text-paper',
  gone: 'border-rule text-muted line-through',
};

export function StateBadge({ state }: { state: StoryState }) {
  const { label, tone } = STATES[state];
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs ${TONES[tone]}`}>
      {label}
    </span>
  );
}
