import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/desk/account-link-forms';
import { requestPasswordResetAction } from './actions';

export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="font-serif text-3xl font-bold">Dateline</p>
      <h1 className="mt-6 text-lg font-semibold">Reset your password</h1>
      <p className="mt-2 text-sm">
        Enter the email address you sign in with. We send a link to choose a new password; it works
        once, for 30 minutes.
      </p>
      <div className="mt-4">
        <ForgotPasswordForm request={requestPasswordResetAction} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/login" className="underline">
          Back to sign-in
        </Link>
      </p>
    </main>
  );
}
