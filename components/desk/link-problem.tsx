import Link from 'next/link';
import type { LinkProblem } from '@/lib/auth/account-links';

const INVITATION: Record<LinkProblem, string> = {
  expired:
    'This invitation has expired: links work for 7 days. Ask an admin of your newsroom to send a new one.',
  used: 'This invitation has already been used. Sign in with the password you chose.',
  revoked:
    'This invitation no longer works: it was revoked, or a newer one was sent. Use the latest email, or ask an admin.',
  unknown:
    'This invitation link is not valid. Check that you opened the whole address from the email.',
};

const RESET: Record<LinkProblem, string> = {
  expired: 'This link has expired: reset links work for 30 minutes. Ask for a new one.',
  used: 'This link has already been used. Sign in with your new password, or ask for a new link.',
  revoked:
    'This link no longer works: a newer one was sent. Use the latest email, or ask for a new one.',
  unknown: 'This link is not valid. Check that you opened the whole address from the email.',
};

/** The page of a mailed link that does not work: what happened, and what to do instead. */
export function LinkProblemNotice({
  problem,
  purpose,
}: {
  problem: LinkProblem;
  purpose: 'invitation' | 'password_reset';
}) {
  const text = (purpose === 'invitation' ? INVITATION : RESET)[problem];
  return (
    <div className="space-y-4">
      <p role="alert">{text}</p>
      <p className="flex gap-4 text-sm">
        <Link href="/login" className="underline">
          Sign in
        </Link>
        {purpose === 'password_reset' ? (
          <Link href="/password-reset" className="underline">
            Ask for a new link
          </Link>
        ) : null}
      </p>
    </div>
  );
}

export const LINK_PROBLEMS = { invitation: INVITATION, password_reset: RESET };
