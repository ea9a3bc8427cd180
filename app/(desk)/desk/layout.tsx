import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions';
import { getDb } from '@/db';
import { unreadCount } from '@/lib/services/notifications';
import { signOutAction } from './actions';

export const metadata: Metadata = { title: 'Desk', robots: { index: false } };

export default async function DeskLayout({ children }: { children: ReactNode }) {
  // Each page checks the user itself; the layout only decides what the navigation shows.
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(await getDb(), user) : 0;
  return (
    <div className="min-h-screen text-sm">
      <header className="border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/desk" className="font-serif text-xl font-bold">
            Dateline <span className="font-sans text-xs font-normal text-muted">desk</span>
          </Link>
          {user ? (
            <>
              <nav aria-label="Desk" className="flex flex-wrap gap-4">
                <Link href="/desk" className="hover:underline">
                  Stories
                </Link>
                {can(user, 'front.curate') ? (
                  <Link href="/desk/front" className="hover:underline">
                    Front page
                  </Link>
                ) : null}
                <Link href="/desk/media" className="hover:underline">
                  Media
                </Link>
                {can(user, 'analytics.view') ? (
                  <Link href="/desk/analytics" className="hover:underline">
                    Analytics
                  </Link>
                ) : null}
                {can(user, 'taxonomy.manage') ? (
                  <Link href="/desk/tags" className="hover:underline">
                    Tags
                  </Link>
                ) : null}
                {can(user, 'sections.manage') ? (
                  <Link href="/desk/sections" className="hover:underline">
                    Sections
                  </Link>
                ) : null}
                {can(user, 'users.manage') ? (
                  <Link href="/desk/users" className="hover:underline">
                    People
                  </Link>
                ) : null}
                {can(user, 'wire.manage') ? (
                  <Link href="/desk/partners" className="hover:underline">
                    Partners
                  </Link>
                ) : null}
                {can(user, 'audit.view') ? (
                  <Link href="/desk/refusals" className="hover:underline">
                    Refused requests
                  </Link>
                ) : null}
                <Link href="/desk/notifications" className="hover:underline">
                  Notifications
                  {unread > 0 ? (
                    <span className="ml-1 rounded-full bg-accent px-1.5 text-xs font-bold text-paper">
                      {unread}
                      <span className="sr-only"> unread</span>
                    </span>
                  ) : null}
                </Link>
                <Link href="/desk/profile" className="hover:underline">
                  Profile
                </Link>
                <Link href="/desk/security" className="hover:underline">
                  Security
                </Link>
              </nav>
              <div className="ml-auto flex items-center gap-3">
                <span className="text-muted">
                  {user.displayName} · <span className="capitalize">{user.role}</span>
                </span>
                <form action={signOutAction}>
                  <button type="submit" className="rounded border border-rule px-2 py-1">
                    Sign out
                  </button>
                </form>
              </div>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
