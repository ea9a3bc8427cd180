import Link from 'next/link';
import { compactInputClass } from '@/components/ui/field';
import { TableHead } from '@/components/ui/table-head';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/not-found';
import { formatDateTime } from '@/lib/dates';
import { listRevisions } from '@/lib/services/story-history';
import { storyAsText, wordDiff } from '@/lib/text-diff';
import { DiffText } from '@/components/editor/diff-text';
import { RestoreButton } from '@/components/desk/restore-button';
import { restoreRevisionAction } from '../../actions';

export const metadata = { title: 'Story history' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireDeskUser();
  const { id } = await params;
  const history = await orNotFound(listRevisions(await getDb(), user, id));
  const { revisions, story, canEdit } = history;
  const query = await searchParams;
  const newest = revisions[0]!;
  const to = revisions.find((r) => String(r.number) === query.to) ?? newest;
  const from =
    revisions.find((r) => String(r.number) === query.from) ??
    revisions.find((r) => r.number < to.number) ??
    to;
  const parts = wordDiff(storyAsText(from.meta, from.body), storyAsText(to.meta, to.body));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-lg font-semibold">History</h1>
        <p className="text-muted">{story.headline || '(no headline)'}</p>
        <Link href={`/desk/stories/${story.id}`} className="ml-auto text-sm underline">
          Back to the editor
        </Link>
      </div>

      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading" className="font-semibold">
          Revisions
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <TableHead
            columns={[
              { label: '#' },
              { label: 'When' },
              { label: 'Who' },
              { label: 'Why' },
              { label: <span className="sr-only">Actions</span> },
            ]}
          />
          <tbody className="divide-y divide-rule">
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td className="py-1.5 pr-3">{revision.number}</td>
                <td className="py-1.5 pr-3">
                  <time dateTime={revision.createdAt.toISOString()}>
                    {formatDateTime(revision.createdAt)}
                  </time>
                </td>
                <td className="py-1.5 pr-3">{revision.author ?? '—'}</td>
                <td className="py-1.5 pr-3">{revision.reason}</td>
                <td className="flex gap-3 py-1.5">
                  {revision.number > 1 ? (
                    <Link
                      href={`?from=${revision.number - 1}&to=${revision.number}`}
                      className="underline"
                      aria-label={`Compare revision ${revision.number} with the one before`}
                    >
                      Changes
                    </Link>
                  ) : null}
                  {canEdit && revision.id !== story.workingRevisionId ? (
                    <RestoreButton
                      storyId={story.id}
                      revisionNumber={revision.number}
                      baseVersion={story.version}
                      restore={restoreRevisionAction}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading" className="font-semibold">
          Changes from revision {from.number} to revision {to.number}
        </h2>
        <form className="mt-2 flex flex-wrap items-end gap-3 text-sm">
          {(
            [
              ['from', 'From'],
              ['to', 'To'],
            ] as const
          ).map(([name, label]) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="block font-medium">
                {label}
              </label>
              <select
                id={`compare-${name}`}
                name={name}
                defaultValue={(name === 'from' ? from : to).number}
                className={`mt-1 ${compactInputClass}`}
              >
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.number}>
                    #{revision.number} · {formatDateTime(revision.createdAt)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded border border-rule px-3 py-1 font-semibold">
            Compare
          </button>
        </form>
        <div role="region" aria-label="Differences" className="mt-3 rounded border border-rule p-3">
          <DiffText parts={parts} show="both" />
        </div>
      </section>
    </div>
  );
}
