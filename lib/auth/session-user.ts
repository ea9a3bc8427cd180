import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { twoFactorRequired } from '@/lib/settings';

// Read once per request (React cache) and shared by the session check and the desk.
export const loadSessionUser = cache(async (id: string) => {
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
      displayName: users.displayName,
      handle: users.handle,
      title: users.title,
      bio: users.bio,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return user ?? null;
});

export const loadTwoFactorRequired = cache(async () => twoFactorRequired(await getDb()));
