import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { deskStories } from '@/lib/desk/stories';
import { isEditor } from '@/lib/permissions';
import { formatDateTime } from '@/lib/dates';
import { StateBadge } from '@/components/desk/state-badge';
import { PriorityBadge } from '@/components/article/priority-badge';

export default async function DeskHome() {
  const user = await requireDeskUser();
  const rows = await deskStories(await getDb(), user);
  const heading = isEditor(user) ? 'All stories' : 'My stories';

  return (
    <section aria-labelledby="stories-heading">
      <div className="flex items-center justify-between">
        <h1 id="stories-heading" className="text-lg font-semibold">
          {heading}
        </h1>
        <Link
          href="/desk/stories/new"
          className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper"
        >
          New story
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="mt-4 text-muted">No stories yet.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-left">
          <thead className="border-b border-rule text-xs text-muted uppercase">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Headline
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                State
              </th>
              <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
                Section
              </th>
              <th scope="col" className="hidden py-2 font-medium md:table-cell">
                Last change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {rows.map((story) => (
              <tr key={story.id}>
                <td className="py-2 pr-4">
                  <PriorityBadge priority={story.priority} />
                  <Link href={`/desk/stories/${story.id}`} className="hover:underline">
                    {story.headline || <span className="text-muted">(no headline)</span>}
                  </Link>
                </td>
                <td className="py-2 pr-4">
                  <StateBadge state={story.state} />
                </td>
                <td className="hidden py-2 pr-4 sm:table-cell">{story.section ?? '—'}</td>
                <td className="hidden py-2 text-muted md:table-cell">
                  <time dateTime={story.modifiedAt.toISOString()}>
                    {formatDateTime(story.modifiedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
