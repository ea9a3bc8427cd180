import type { Metadata } from 'next';
import { getDb } from '@/db';
import { invitationOf } from '@/lib/services/invitations';
import { ChoosePasswordForm } from '@/components/desk/account-link-forms';
import { LinkProblemNotice } from '@/components/desk/link-problem';
import { acceptInvitationAction } from '../actions';

export const metadata: Metadata = { title: 'Your invitation', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await invitationOf(await getDb(), token);
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="font-serif text-3xl font-bold">Dateline</p>
      <h1 className="mt-6 text-lg font-semibold">
        {invitation.ok
          ? `Welcome, ${invitation.person.displayName}`
          : 'This invitation does not work'}
      </h1>
      <div className="mt-4">
        {invitation.ok ? (
          <>
            <p className="mb-4 text-sm">
              You join the desk as <strong>{invitation.person.role}</strong>, signing in as{' '}
              {invitation.person.email}. Choose your password
              {invitation.twoFactorNext
                ? '; after signing in you set up two-factor sign-in, which your newsroom requires.'
                : '.'}
            </p>
            <ChoosePasswordForm
              token={token}
              email={invitation.person.email}
              choose={acceptInvitationAction}
              submitLabel="Set password"
            />
          </>
        ) : (
          <LinkProblemNotice problem={invitation.problem} purpose="invitation" />
        )}
      </div>
    </main>
  );
}
