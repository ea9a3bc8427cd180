import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/test/support/smtp';
import { digestMail, invitationMail, passwordResetMail, workflowMail } from './messages';
import { kindsFor } from './workflow-mail';

process.env.SITE_URL = 'https://news.example.org';

describe('mail messages', () => {
  it('name a story by its headline and desk link only', () => {
    for (const kind of ['submitted', 'request_changes', 'publish', 'withdraw'] as const) {
      const mail = workflowMail({ kind, headline: 'Dam Opens', storyId: 'abc', by: 'An editor' });
      expect(mail.subject).toContain('Dam Opens');
      expect(mail.body).toContain('https://news.example.org/desk/stories/abc');
    }
    const digest = digestMail([{ id: 'abc', headline: 'Dam Opens', hours: 3 }]);
    expect(digest.subject).toBe('1 story waiting for review');
    expect(digest.body).toContain(
      '“Dam Opens”, waiting 3 hours: https://news.example.org/desk/stories/abc',
    );
  });

  it('give the link and until when it works', () => {
    const expiresAt = new Date('2026-12-14T10:00:00Z');
    const url = 'https://news.example.org/invitation/token';
    const invitation = invitationMail({
      displayName: 'A reporter',
      role: 'editor',
      url,
      expiresAt,
    });
    expect(invitation.body).toContain(`\n\n${url}\n\n`);
    expect(invitation.body).toContain('as editor');
    expect(passwordResetMail({ url, expiresAt }).body).toContain('signs you out everywhere');
  });

  it('offer editors their own kinds of mail only', () => {
    expect(kindsFor({ role: 'correspondent' }).map((entry) => entry.kind)).toEqual([
      'request_changes',
      'publish',
      'withdraw',
    ]);
    expect(kindsFor({ role: 'editor' })).toHaveLength(5);
  });

  it('are read back from quoted-printable by the test server', () => {
    const raw =
      'Subject: =?UTF-8?Q?Caf=C3=A9?=\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      'A long link https://news.example.org/invitation/abc=\r\ndef and caf=C3=A9\r\n';
    expect(parseMessage(raw)).toEqual({
      subject: 'Café',
      text: 'A long link https://news.example.org/invitation/abcdef and café\n',
    });
  });
});
