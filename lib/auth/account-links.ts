// Mailed links that let a person set their password: invitations (7 days) and password resets
// (30 minutes). docs/security.md, "Mailed links": a link carries 32 random bytes; the database
// keeps only HMAC-SHA-256 of them under the server's secret, so neither a copy of the database
// nor a guess makes a working link. A link works once: using it and marking it used are one
// locked step.
import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { accountLinks, type AccountLink } from '@/db/schema';
import { absolute } from '@/lib/site';
import { authSecret } from './secret';

export type LinkPurpose = AccountLink['purpose'];

export const LINK_LIFETIME_MINUTES: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * 60,
  password_reset: 30,
};

const LINK_PATHS: Record<LinkPurpose, string> = {
  invitation: '/invitation',
  password_reset: '/password-reset',
};

/** Why a link does not work, for the page that says so. */
export type LinkProblem = 'unknown' | 'expired' | 'used' | 'revoked';

/** What a link's token looks like: 32 random bytes in base64url. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const TOKEN = LINK_TOKEN;

/** A new link token: 32 random bytes, base64url. */
export const newLinkToken = () => crypto.randomBytes(32).toString('base64url');

/**
 * HMAC-SHA-256 of a token under the server's secret, with the kind of link in the key input, so a
 * token of one kind never matches a hash of another (also for preview links, lib/services/preview-links.ts).
 */
export function keyedLinkHash(kind: string, token: string): string {
  return crypto.createHmac('sha256', authSecret()).update(`${kind}:${token}`).digest('hex');
}

export function linkHash(token: string): string {
  return keyedLinkHash('account-link', token);
}

/** Records a new link (revoking the person's earlier open ones of the same purpose); its address. */
export async function issueLink(
  tx: Executor,
  purpose: LinkPurpose,
  userId: string,
  createdBy: string | null,
): Promise<{ url: string; expiresAt: Date }> {
  await revokeLinks(tx, purpose, userId);
  const token = newLinkToken();
  const [link] = await tx
    .insert(accountLinks)
    .values({
      tokenHash: linkHash(token),
      purpose,
      userId,
      createdBy,
      expiresAt: sql`now() + ${`${LINK_LIFETIME_MINUTES[purpose]} minutes`}::interval`,
    })
    .returning({ expiresAt: accountLinks.expiresAt });
  return { url: absolute(`${LINK_PATHS[purpose]}/${token}`), expiresAt: link!.expiresAt };
}

/** Revokes the person's open links of this purpose; how many there were. */
export async function revokeLinks(
  tx: Executor,
  purpose: LinkPurpose,
  userId: string,
): Promise<number> {
  const revoked = await tx
    .update(accountLinks)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(accountLinks.userId, userId),
        eq(accountLinks.purpose, purpose),
        isNull(accountLinks.usedAt),
        isNull(accountLinks.revokedAt),
      ),
    )
    .returning({ hash: accountLinks.tokenHash });
  return revoked.length;
}

type Checked = { ok: true; link: AccountLink } | { ok: false; problem: LinkProblem };

async function check(
  tx: Executor,
  purpose: LinkPurpose,
  token: string,
  lock: boolean,
): Promise<Checked> {
  if (!TOKEN.test(token)) return { ok: false, problem: 'unknown' };
  const query = tx
    .select({ link: accountLinks, expired: sql<boolean>`${accountLinks.expiresAt} <= now()` })
    .from(accountLinks)
    .where(and(eq(accountLinks.tokenHash, linkHash(token)), eq(accountLinks.purpose, purpose)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return { ok: false, problem: 'unknown' };
  if (row.link.usedAt) return { ok: false, problem: 'used' };
  if (row.link.revokedAt) return { ok: false, problem: 'revoked' };
  if (row.expired) return { ok: false, problem: 'expired' };
  return { ok: true, link: row.link };
}

/** Whether a link works now, without using it (for showing its page). */
export const inspectLink = (tx: Executor, purpose: LinkPurpose, token: string) =>
  check(tx, purpose, token, false);

/** Uses a link inside the transaction that acts on it: locked, checked, marked used. */
export async function consumeLink(
  tx: Executor,
  purpose: LinkPurpose,
  token: string,
): Promise<Checked> {
  const checked = await check(tx, purpose, token, true);
  if (checked.ok) {
    await tx
      .update(accountLinks)
      .set({ usedAt: sql`now()` })
      .where(eq(accountLinks.tokenHash, checked.link.tokenHash));
  }
  return checked;
}
