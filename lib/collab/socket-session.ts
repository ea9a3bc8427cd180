// Who opens a co-editing socket: the session cookie, read as the desk reads it (lib/auth/next-auth.ts:
// a JWT naming the user and their session version), then the user from the database. Fails
// closed: no cookie, a cookie that does not decode, an inactive user or an older session version
// all give null.
import { eq } from 'drizzle-orm';
import { getToken } from 'next-auth/jwt';
import type { Database } from '@/db';
import { users } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import type { Actor } from '@/lib/permissions';

export interface SocketUser extends Actor {
  displayName: string;
  sessionVersion: number;
}

export async function sessionFromCookie(
  db: Database,
  cookie: string | undefined,
): Promise<SocketUser | null> {
  if (!cookie) return null;
  // Only the cookie: a socket does not sign in with an Authorization header.
  const req = { headers: { cookie } };
  const secret = authSecret();
  let token = null;
  for (const secureCookie of [false, true]) {
    token = await getToken({ req, secret, secureCookie }).catch(() => null);
    if (token) break;
  }
  if (!token?.sub) return null;
  const user = await stillValid(db, token.sub, token.sv);
  return user;
}

/** The user, when their account is active and the session version is still theirs. */
export async function stillValid(
  db: Database,
  userId: string,
  sessionVersion: number | undefined,
): Promise<SocketUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      active: users.active,
      displayName: users.displayName,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return user;
}
