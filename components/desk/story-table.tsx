import Link from 'next/link';
import { TableHead } from '@/components/ui/table-head';
import type { DeskStoryRow } from '@/lib/desk/stories';
import { formatDateTime } from '@/lib/dates';
import { PriorityBadge } from '@/components/article/priority-badge';
import { StateBadge } from './state-badge';

type TimeColumn = 'modifiedAt' | 'publishAt' | 'publishedAt' | 'age';

const TIME_HEADINGS: Record<TimeColumn, string> = {
  modifiedAt: 'Last change',
  publishAt: 'Goes out',
  publishedAt: 'Published',
  age: 'Waiting',
};

function age(since: Date, now: number): string {
  const minutes = Math.max(0, Math.round((now - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
}

/** A dense list of stories for the desk; flash and urgent ones carry their mark. */
export function StoryTable({
  rows,
  time = 'modifiedAt',
  label,
  now,
}: {
  rows: DeskStoryRow[];
  time?: TimeColumn;
  label: string;
  /** The current time, for the age column. */
  now?: number;
}) {
  if (rows.length === 0) return <p className="py-2 text-muted">None.</p>;
  return (
    <table aria-label={label} className="w-full border-collapse text-left">
      <TableHead
        columns={[
          { label: 'Headline' },
          { label: 'State' },
          { label: 'Section', className: 'hidden sm:table-cell' },
          { label: TIME_HEADINGS[time] },
        ]}
      />
      <tbody className="divide-y divide-rule">
        {rows.map((story) => {
          const when = time === 'age' ? story.modifiedAt : story[time];
          return (
            <tr key={story.id} className={story.priority === 'routine' ? '' : 'bg-accent/5'}>
              <td className="py-1.5 pr-4">
                <PriorityBadge priority={story.priority} />
                <Link href={`/desk/stories/${story.id}`} className="hover:underline">
                  {story.headline || <span className="text-muted">(no headline)</span>}
                </Link>
              </td>
              <td className="py-1.5 pr-4">
                <StateBadge state={story.state} />
              </td>
              <td className="hidden py-1.5 pr-4 sm:table-cell">{story.section ?? '—'}</td>
              <td className="py-1.5 whitespace-nowrap text-muted">
                {when ? (
                  <time dateTime={when.toISOString()}>
                    {time === 'age' && now ? age(when, now) : formatDateTime(when)}
                  </time>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
