// Newsroom-wide settings kept in the `settings` table.
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { settings } from '@/db/schema';

export const TWO_FACTOR_SETTING = 'require_two_factor_for_editors';

/** Whether an admin requires two-factor sign-in of editors and admins. */
export async function twoFactorRequired(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, TWO_FACTOR_SETTING));
  return row?.value === true;
}
