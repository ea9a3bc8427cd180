import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/not-found';
import { formatDateTime } from '@/lib/dates';
import { storyTimeline } from '@/lib/services/timeline';
import { storyReport } from '@/lib/analytics/report/reports';
import { StoryViews } from '@/components/desk/story-views';

export const metadata = { title: 'Story timeline' };

const KIND_LABEL = { revision: 'Revision', comment: 'Comment', step: 'Workflow' } as const;

export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDeskUser();
  const db = await getDb();
  const { story, entries } = await orNotFound(storyTimeline(db, user, (await params).id));
  const views = await storyReport(db, user, story.id);
  return (
    <section aria-labelledby="timeline-heading" className="max-w-3xl">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h1>
        <p className="text-muted">{story.headline || '(no headline)'}</p>
        <Link href={`/desk/stories/${story.id}`} className="ml-auto text-sm underline">
          Back to the editor
        </Link>
      </div>
      <ol className="mt-4 border-l-2 border-rule">
        {entries.map((entry, index) => (
          <li key={index} className="relative py-2 pl-4 text-sm">
            <span
              className="absolute top-3.5 -left-[5px] h-2 w-2 rounded-full bg-ink"
              aria-hidden
            />
            <p className="text-xs text-muted">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> ·{' '}
              {KIND_LABEL[entry.kind]}
            </p>
            <p>
              <strong>{entry.who}</strong>{' '}
              {entry.kind === 'comment' ? <>commented: “{entry.text}”</> : entry.text}
            </p>
          </li>
        ))}
      </ol>
      <div className="mt-8">
        <StoryViews storyId={story.id} report={views} />
      </div>
    </section>
  );
}
