// Setting a password through a mailed link, an invitation or a reset (docs/security.md, "Mailed
// links"): the link is used up and the password set in one transaction, and every session of the
// person ends with it. What else the step does (its checks, its audit row) is the caller's.
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db';
import { users } from '@/db/schema';
import { consumeLink, type LinkProblem, type LinkPurpose } from '@/lib/auth/account-links';
import { hashPassword } from '@/lib/auth/password';
import { parseInput } from '@/lib/validation/parse-input';
import { choosePasswordSchema } from '@/lib/validation/users';

export type LinkOutcome = { ok: true; email: string } | { ok: false; problem: LinkProblem };

interface LinkedPerson {
  id: string;
  email: string;
  active: boolean;
}

export async function setPasswordThroughLink(
  db: Database,
  purpose: LinkPurpose,
  token: string,
  password: unknown,
  finish: (tx: Executor, person: LinkedPerson) => Promise<void>,
): Promise<LinkOutcome> {
  const data = parseInput(choosePasswordSchema, { password });
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const used = await consumeLink(tx, purpose, token);
    if (!used.ok) return used;
    const [person] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, used.link.userId))
      .returning({ id: users.id, email: users.email, active: users.active });
    if (!person) return { ok: false, problem: 'unknown' };
    await finish(tx, person);
    return { ok: true, email: person.email };
  });
}
