import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff, TEST_PASSWORD } from '@/test/support/newsroom';
import { startSmtpServer } from '@/test/support/smtp';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { mailOutbox, users } from '@/db/schema';
import { verifySignIn } from '@/lib/auth/sign-in';
import {
  acceptInvitation,
  invitationOf,
  inviteStaff,
  resendInvitation,
  revokeInvitation,
} from '@/lib/services/invitations';
import { completePasswordReset, requestPasswordReset } from '@/lib/services/password-reset';
import { setMailPreferences } from '@/lib/services/mail-preferences';
import { setTwoFactorRequirement } from '@/lib/services/two-factor';
import type { Actor } from '@/lib/permissions';
import { readyStory, step, until } from '@/lib/wire/testing';
import { queueDailyDigest } from './workflow-mail';
import { claimMail, sendClaimed } from './outbox';
import { startMailWorker } from './worker';

process.env.MAIL_TIMEOUT_MS = '500';

const tag = () => Math.random().toString(36).slice(2, 8);

describe.each(testDatabaseKinds)('mail on %s', (kind) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    admin = await createTestStaff(handle, 'admin');
  });
  afterAll(() => handle.close());

  const outboxTo = (address: string) =>
    handle.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, address))
      .orderBy(asc(mailOutbox.createdAt));
  /** The token of the last link of this kind mailed to the address. */
  async function linkTo(address: string, path: 'invitation' | 'password-reset') {
    const mails = await outboxTo(address);
    const match = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(mails.at(-1)?.body ?? '');
    return match![1]!;
  }
  const invite = (email: string, role = 'correspondent') =>
    inviteStaff(handle.db, admin, { email, displayName: `Invitee ${tag()}`, role, title: '' });
  const audited = async (action: string, subjectId: string) => {
    const rows = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${subjectId}`,
    );
    return rows[0]!.n;
  };

  it('keeps mail while the SMTP server is down and sends each message once when it is up', async () => {
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close(); // nothing listens there now
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const addresses = [1, 2, 3].map(() => `outage-${tag()}@dateline.test`);
    for (const address of addresses) await invite(address);
    const stopA = startMailWorker(async () => handle.db, { intervalMs: 10, retryBaseMs: 20 });
    const stopB = startMailWorker(async () => handle.db, { intervalMs: 10, retryBaseMs: 20 });
    try {
      // Each message has failed at least twice, and is still waiting to be sent.
      await until(async () => {
        const rows = await queryRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from mail_outbox
              where status = 'pending' and attempts >= 2 and last_error is not null`,
        );
        return rows[0]!.n === 3;
      }, 'three failed attempts');
      const server = await startSmtpServer(port);
      await until(() => server.received.length >= 3, 'three messages received');
      await until(async () => {
        const rows = await queryRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from mail_outbox where status = 'sent'`,
        );
        return rows[0]!.n === 3;
      }, 'three sent');
      await stopA();
      await stopB();
      await server.close();
      expect(server.received.map((mail) => mail.to[0]).sort()).toEqual([...addresses].sort());
      expect(server.received[0]!.subject).toBe('You are invited to the Dateline desk');
      expect(server.received[0]!.text).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}\n/);
    } finally {
      await stopA();
      await stopB();
      delete process.env.SMTP_URL;
    }
  });

  it('writes mail to the log with a one-line warning when SMTP_URL is not set', async () => {
    delete process.env.SMTP_URL;
    const email = `logged-${tag()}@dateline.test`;
    await invite(email);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      for (const mail of await claimMail(handle.db, 10)) await sendClaimed(handle.db, mail);
      expect(warn).toHaveBeenCalledWith(
        'dateline: mail: SMTP_URL is not set, so this message is logged, not sent:',
      );
      const logged = log.mock.calls.map((call) => String(call[0])).join('\n');
      expect(logged).toContain(`To: ${email}`);
      expect(logged).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
    const [row] = await outboxTo(email);
    expect(row!.status).toBe('sent');
  });

  it('lets an invitation be used once, before it expires, and never after it is revoked', async () => {
    const email = `invited-${tag()}@dateline.test`;
    const person = await invite(email);
    expect(person.invited).toBe(true);
    // No password yet: nobody can sign in as the invitee.
    expect((await verifySignIn(handle.db, { email, password: TEST_PASSWORD }, null)).ok).toBe(
      false,
    );
    const first = await linkTo(email, 'invitation');
    await resendInvitation(handle.db, admin, person.id);
    const second = await linkTo(email, 'invitation');
    expect(second).not.toBe(first);
    // The resent link replaces the first one.
    expect(await acceptInvitation(handle.db, first, TEST_PASSWORD, null)).toEqual({
      ok: false,
      problem: 'revoked',
    });
    expect(await acceptInvitation(handle.db, second, TEST_PASSWORD, null)).toEqual({
      ok: true,
      email,
    });
    expect((await verifySignIn(handle.db, { email, password: TEST_PASSWORD }, null)).ok).toBe(true);
    expect(await acceptInvitation(handle.db, second, 'another long password', null)).toEqual({
      ok: false,
      problem: 'used',
    });
    // Accepted: nothing left to resend or revoke.
    await expect(resendInvitation(handle.db, admin, person.id)).rejects.toThrow(/already accepted/);
    for (const action of ['user.invite', 'user.invite_resend', 'user.invite_accept']) {
      expect(await audited(action, person.id)).toBe(1);
    }

    const late = await invite(`late-${tag()}@dateline.test`);
    const lateToken = await linkTo(late.email, 'invitation');
    await handle.db.execute(
      sql`update account_links set expires_at = now() - interval '1 second'
          where user_id = ${late.id}`,
    );
    expect(await acceptInvitation(handle.db, lateToken, TEST_PASSWORD, null)).toEqual({
      ok: false,
      problem: 'expired',
    });
    expect(await acceptInvitation(handle.db, 'x'.repeat(43), TEST_PASSWORD, null)).toEqual({
      ok: false,
      problem: 'unknown',
    });

    const revoked = await invite(`revoked-${tag()}@dateline.test`);
    const revokedToken = await linkTo(revoked.email, 'invitation');
    await revokeInvitation(handle.db, admin, revoked.id);
    expect(await acceptInvitation(handle.db, revokedToken, TEST_PASSWORD, null)).toEqual({
      ok: false,
      problem: 'revoked',
    });
    const [row] = await handle.db.select().from(users).where(eq(users.id, revoked.id));
    expect(row!.active).toBe(false);
    expect(await audited('user.invite_revoke', revoked.id)).toBe(1);
  });

  it('tells an invited editor that two-factor set-up follows when the newsroom requires it', async () => {
    const editor = await invite(`invited-editor-${tag()}@dateline.test`, 'editor');
    const correspondent = await invite(`invited-writer-${tag()}@dateline.test`);
    const editorLink = await linkTo(editor.email, 'invitation');
    const writerLink = await linkTo(correspondent.email, 'invitation');
    expect(await invitationOf(handle.db, editorLink)).toMatchObject({
      ok: true,
      twoFactorNext: false,
    });
    await setTwoFactorRequirement(handle.db, admin, { required: true });
    try {
      expect(await invitationOf(handle.db, editorLink)).toMatchObject({
        ok: true,
        person: { email: editor.email, role: 'editor' },
        twoFactorNext: true,
      });
      expect(await invitationOf(handle.db, writerLink)).toMatchObject({
        ok: true,
        twoFactorNext: false,
      });
    } finally {
      await setTwoFactorRequirement(handle.db, admin, { required: false });
    }
  });

  it('resets a password through a 30-minute single-use link that ends every session', async () => {
    const person = await createTestStaff(handle, 'correspondent');
    const [before] = await handle.db.select().from(users).where(eq(users.id, person.id));
    expect(await requestPasswordReset(handle.db, person.email, '203.0.113.7')).toBe('sent');
    const token = await linkTo(person.email, 'password-reset');
    const [link] = await queryRows<{ minutes: number }>(
      handle.db,
      sql`select round(extract(epoch from (expires_at - created_at)) / 60)::int as minutes
          from account_links where user_id = ${person.id} and purpose = 'password_reset'`,
    );
    expect(link!.minutes).toBe(30);
    expect(await completePasswordReset(handle.db, token, 'a brand new password', null)).toEqual({
      ok: true,
      email: person.email,
    });
    const [after] = await handle.db.select().from(users).where(eq(users.id, person.id));
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    const signIn = (password: string) =>
      verifySignIn(handle.db, { email: person.email, password }, null);
    expect((await signIn(TEST_PASSWORD)).ok).toBe(false);
    expect((await signIn('a brand new password')).ok).toBe(true);
    expect(await completePasswordReset(handle.db, token, 'yet another password', null)).toEqual({
      ok: false,
      problem: 'used',
    });
    expect(await audited('auth.password_reset', person.email)).toBe(1);

    await requestPasswordReset(handle.db, person.email, null);
    const stale = await linkTo(person.email, 'password-reset');
    await handle.db.execute(
      sql`update account_links set expires_at = now() - interval '1 second'
          where user_id = ${person.id} and used_at is null`,
    );
    expect(await completePasswordReset(handle.db, stale, 'yet another password', null)).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('throttles reset requests per account and per client address, mailing nobody past the limit', async () => {
    const person = await createTestStaff(handle, 'editor');
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(await requestPasswordReset(handle.db, person.email, null));
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'throttled', 'throttled']);
    expect(await outboxTo(person.email)).toHaveLength(3);
    // Only the last link works: each request revokes the one before.
    const open = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from account_links
          where user_id = ${person.id} and used_at is null and revoked_at is null`,
    );
    expect(open[0]!.n).toBe(1);
    // Reset requests do not count against signing in.
    expect(
      (await verifySignIn(handle.db, { email: person.email, password: TEST_PASSWORD }, null)).ok,
    ).toBe(true);

    // One client asking about many addresses: the address's limit stops it.
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const answers = [];
    for (let i = 0; i < 21; i++) {
      answers.push(await requestPasswordReset(handle.db, `nobody-${i}-${tag()}@dateline.test`, ip));
    }
    expect(answers.slice(0, 20).every((answer) => answer === 'no_account')).toBe(true);
    expect(answers[20]).toBe('throttled');
    expect(await audited('auth.password_reset_throttled', person.email)).toBe(2);
  });

  it('mails workflow steps to those who want them, with the headline and a desk link only', async () => {
    const editor = await createTestStaff(handle, 'editor');
    const quietEditor = await createTestStaff(handle, 'editor');
    const author = await createTestStaff(handle, 'correspondent');
    await setMailPreferences(handle.db, quietEditor, { on: ['digest'] });
    const sectionId = await createTestSection(handle, `mail-${tag()}`, 'Mail');
    const secret = 'A sentence that must never leave the newsroom by mail.';
    const id = await readyStory(handle.db, author, sectionId, secret);
    const [submitted] = await outboxTo(editor.email);
    expect(submitted!.subject).toMatch(/^Submitted: Committee Meets/);
    expect(submitted!.body).toContain(`/desk/stories/${id}`);
    expect(await outboxTo(quietEditor.email)).toHaveLength(0);

    await step(handle.db, editor, id, 'request_changes', { comment: 'Add a source.' });
    await step(handle.db, author, id, 'submit');
    await step(handle.db, editor, id, 'publish');
    await step(handle.db, editor, id, 'withdraw', { reason: 'Legal asked.' });
    const toAuthor = await outboxTo(author.email);
    expect(toAuthor.map((mail) => mail.kind)).toEqual(['request_changes', 'publish', 'withdraw']);
    const all = await handle.db.select({ body: mailOutbox.body }).from(mailOutbox);
    expect(all.some((mail) => mail.body.includes(secret))).toBe(false);

    // The digest: once a newsroom day, of stories waiting more than 2 hours.
    const waiting = await readyStory(handle.db, author, sectionId);
    await handle.db.execute(
      sql`update stories set modified_at = now() - interval '3 hours' where id = ${waiting}`,
    );
    const morning = new Date();
    process.env.MAIL_DIGEST_HOUR = '0';
    try {
      expect(await queueDailyDigest(handle.db, morning)).toBeGreaterThanOrEqual(3);
      expect(await queueDailyDigest(handle.db, morning)).toBe(0);
    } finally {
      delete process.env.MAIL_DIGEST_HOUR;
    }
    const digests = (await outboxTo(quietEditor.email)).filter((mail) => mail.kind === 'digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.body).toContain(`/desk/stories/${waiting}`);
    expect(await outboxTo(author.email)).toHaveLength(3);
  });
});
