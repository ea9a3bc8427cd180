// The data-access gate of the desk: who is asking, read from the database on every request.
// Pages call `requireDeskUser`, server actions and route handlers `requireActor`; nothing else
// decides whether someone is signed in.
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabaseHandle } from '@/db';
import { DESK_PATH_HEADER, safeCallbackPath } from './callback-url';
import type { Role } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isEditor, type Actor } from '@/lib/permissions';
import { auth } from './next-auth';
import { isSessionCookie } from './session-cookie';
import { loadSessionUser, loadTwoFactorRequired } from './session-user';

export interface CurrentUser extends Actor {
  email: string;
  role: Role;
  displayName: string;
  handle: string;
  title: string;
  bio: string;
  twoFactorEnabled: boolean;
  /** An admin requires two-factor sign-in of editors and admins, and this one has none yet. */
  needsTwoFactorSetup: boolean;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth().catch(() => null);
  const id = session?.user?.id;
  if (!id) {
    // The session check reads the database; when it cannot, Auth.js gives no session (fail
    // closed). Telling such a visitor "your session has ended" would stop the editor's autosave,
    // which retries only what looks like an outage, so say that it is one.
    if ((await hasSessionCookie()) && !(await databaseAnswers())) throw databaseUnavailable();
    return null;
  }
  let user;
  let twoFactorRequired = false;
  try {
    user = await loadSessionUser(id);
    if (user?.active && user.totpEnabledAt === null && isEditor(user)) {
      twoFactorRequired = await loadTwoFactorRequired();
    }
  } catch {
    throw databaseUnavailable(); // still closed: nobody is let in without the check
  }
  if (!user || !user.active) return null;
  const twoFactorEnabled = user.totpEnabledAt !== null;
  const actor: Actor = { id: user.id, role: user.role, active: user.active };
  return {
    ...actor,
    email: user.email,
    displayName: user.displayName,
    handle: user.handle,
    title: user.title,
    bio: user.bio,
    twoFactorEnabled,
    needsTwoFactorSetup: twoFactorRequired,
  };
});

async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some(({ name }) => isSessionCookie(name));
}

async function databaseAnswers(): Promise<boolean> {
  try {
    return await (await getDatabaseHandle()).ping();
  } catch {
    return false;
  }
}

const databaseUnavailable = () =>
  new AppError('unavailable', 'The newsroom database is not answering. Try again in a moment.');

/** For desk pages: the signed-in user, or a redirect to sign-in (or to two-factor set-up). */
export async function requireDeskUser({
  forTwoFactorSetup = false,
}: { forTwoFactorSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // Back to where they were after signing in again (sanitized: a same-site path only).
    const wanted = safeCallbackPath((await headers()).get(DESK_PATH_HEADER));
    redirect(`/login?${new URLSearchParams({ callbackUrl: wanted })}`);
  }
  if (user.needsTwoFactorSetup && !forTwoFactorSetup) redirect('/desk/security');
  return user;
}

/** For server actions and route handlers: the signed-in user, or an `unauthenticated` error. */
export async function requireActor({
  forTwoFactorSetup = false,
}: { forTwoFactorSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated', 'Your session has ended. Sign in again.');
  if (user.needsTwoFactorSetup && !forTwoFactorSetup) {
    throw new AppError('forbidden', 'Set up two-factor sign-in first.');
  }
  return user;
}
