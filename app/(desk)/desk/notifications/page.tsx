import Link from 'next/link';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { listNotifications } from '@/lib/services/notifications';
import { markNotificationsReadAction } from '../stories/actions';

export const metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requireDeskUser();
  const items = await listNotifications(await getDb(), user);
  const unread = items.filter((item) => !item.readAt).length;
  return (
    <section aria-labelledby="notifications-heading" className="max-w-3xl">
      <div className="flex items-center justify-between">
        <h1 id="notifications-heading" className="text-lg font-semibold">
          Notifications
        </h1>
        {unread > 0 ? (
          <form action={markNotificationsReadAction}>
            <button type="submit" className="rounded border border-rule px-3 py-1 text-sm">
              Mark all as read
            </button>
          </form>
        ) : null}
      </div>
      {items.length === 0 ? <p className="mt-4 text-muted">Nothing yet.</p> : null}
      <ol className="mt-3 divide-y divide-rule">
        {items.map((item) => (
          <li key={item.id} className={`py-2 ${item.readAt ? 'text-muted' : 'font-semibold'}`}>
            {item.storyId ? (
              <Link href={`/desk/stories/${item.storyId}`} className="hover:underline">
                {item.message}
              </Link>
            ) : (
              item.message
            )}
            <time
              dateTime={item.createdAt.toISOString()}
              className="block text-xs font-normal text-muted"
            >
              {item.readAt ? '' : 'New · '}
              {formatDateTime(item.createdAt)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
