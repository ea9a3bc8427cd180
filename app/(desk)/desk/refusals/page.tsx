import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { TableHead } from '@/components/ui/table-head';
import { getDb } from '@/db';
import { REFUSAL_LIMITS } from '@/lib/audit';
import { requireDeskUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { can } from '@/lib/permissions';
import { recentRefusals, type RefusalEntry } from '@/lib/services/refusals';

export const metadata = { title: 'Refused requests' };

const KIND: Record<string, string> = {
  story: 'a story',
  user: 'a person',
  media: 'an image',
  settings: 'the settings',
  taxonomy: 'sections and tags',
  audit: 'the audit log',
  partner: 'a wire partner',
};

function Subject({ entry }: { entry: RefusalEntry }) {
  const kind = KIND[entry.subjectType] ?? entry.subjectType;
  if (!entry.subjectId) return <span className="text-muted">{kind}</span>;
  const name = entry.subject || `${kind} (${entry.subjectId.slice(0, 8)})`;
  if (entry.subjectType !== 'story') return <>{name}</>;
  return (
    <Link href={`/desk/stories/${entry.subjectId}`} className="hover:underline">
      {name}
    </Link>
  );
}

export default async function RefusalsPage() {
  const user = await requireDeskUser();
  if (!can(user, 'audit.view')) forbidden();
  const entries = await recentRefusals(await getDb(), user);

  return (
    <section aria-labelledby="refusals-heading">
      <h1 id="refusals-heading" className="text-lg font-semibold">
        Refused requests
      </h1>
      <p className="mt-1 max-w-3xl text-muted">
        Requests from signed-in staff that the permission rules refused, newest first: the same
        refusal is listed once a minute, and one person’s at most {REFUSAL_LIMITS.perActor} times a
        minute.
      </p>
      {entries.length === 0 ? <p className="mt-4 text-muted">None so far.</p> : null}
      {entries.length > 0 ? (
        // On a phone the table scrolls within itself rather than widening the page.
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <TableHead
              columns={[
                { label: 'When' },
                { label: 'Who' },
                { label: 'Tried' },
                { label: 'On' },
                { label: 'From', className: 'hidden md:table-cell' },
              ]}
            />
            <tbody className="divide-y divide-rule align-top">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="py-2 pr-4 md:whitespace-nowrap">
                    <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td className="py-2 pr-4">
                    <p className="font-medium">{entry.who ?? 'A deleted account'}</p>
                    <p className="text-muted capitalize">{entry.role}</p>
                  </td>
                  <td className="py-2 pr-4">
                    <code>{entry.tried}</code>
                  </td>
                  <td className="py-2 pr-4">
                    <Subject entry={entry} />
                  </td>
                  <td className="hidden py-2 text-muted md:table-cell">{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
