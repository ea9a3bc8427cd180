import type { Metadata } from 'next';
import { getDb } from '@/db';
import { passwordResetOf } from '@/lib/services/password-reset';
import { ChoosePasswordForm } from '@/components/desk/account-link-forms';
import { LinkProblemNotice } from '@/components/desk/link-problem';
import { completePasswordResetAction } from '../actions';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function PasswordResetPage({ params }: Props) {
  const { token } = await params;
  const reset = await passwordResetOf(await getDb(), token);
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="font-serif text-3xl font-bold">Dateline</p>
      <h1 className="mt-6 text-lg font-semibold">
        {reset.ok ? 'Choose a new password' : 'This link does not work'}
      </h1>
      <div className="mt-4">
        {reset.ok ? (
          <>
            <p className="mb-4 text-sm">
              For {reset.email}. Saving it signs you out everywhere; then sign in with it.
            </p>
            <ChoosePasswordForm
              token={token}
              email={reset.email}
              choose={completePasswordResetAction}
              submitLabel="Save new password"
            />
          </>
        ) : (
          <LinkProblemNotice problem={reset.problem} purpose="password_reset" />
        )}
      </div>
    </main>
  );
}
