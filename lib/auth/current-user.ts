// The data-access gate of the desk: who is asking, read from the database on every request.
// Pages call `requireDeskUser`, server actions and route handlers `requireActor`; nothing else
// decides whether someone is signed in.
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DESK_PATH_HEADER, safeCallbackPath } from './callback-url';
import type { Role } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isEditor, type Actor } from '@/lib/permissions';
import { auth } from './next-auth';
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
  try {
    const session = await auth();
    const id = session?.user?.id;
    if (!id) return null;
    const user = await loadSessionUser(id);
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
      needsTwoFactorSetup: !twoFactorEnabled && isEditor(actor) && (await loadTwoFactorRequired()),
    };
  } catch {
    return null; // fail closed
  }
});

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
