import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { oidcProviderName } from '@/lib/auth/oidc';
import { LoginForm } from '@/components/desk/login-form';
import { signInWithPassword, signInWithProvider } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    done?: string | string[];
  }>;
};

// Why a sign-in came back here (`error`, set by Auth.js or by the single sign-on check): said
// plainly; the details are in the server's log and the audit log.
const SIGN_IN_ERRORS: Record<string, string> = {
  NotStaff:
    'Your single sign-on account is not a member of this newsroom. An admin adds people under People; ask one to add you with this address.',
  Deactivated:
    'Your account in this newsroom has been deactivated. Ask an admin if you need it back.',
  Unverified:
    'Your identity provider did not confirm your email address, so it cannot be matched to a member of this newsroom.',
  ProviderUnavailable:
    'The single sign-on service is not answering. Try again in a few minutes, or sign in with your password.',
  OAuthCallbackError:
    'Single sign-on was cancelled or refused by the identity provider. Try again.',
  AccessDenied: 'Sign-in was refused.',
};
const SIGN_IN_FAILED =
  'Sign-in could not be completed: it took too long, was not started from this page, or the single sign-on service did not answer. Start again.';

function signInError(error: string | string[] | undefined): string | null {
  const code = Array.isArray(error) ? error[0] : error;
  if (!code) return null;
  return SIGN_IN_ERRORS[code] ?? SIGN_IN_FAILED;
}

// After a mailed link has set a password (app/invitation, app/password-reset).
const DONE: Record<string, string> = {
  invitation: 'Your password is set. Sign in with it now.',
  reset: 'Your password is changed and every session has ended. Sign in with the new one.',
};

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  const error = signInError(query.error);
  const done = typeof query.done === 'string' ? DONE[query.done] : undefined;
  if (await getCurrentUser()) redirect(callbackUrl);
  const providerName = oidcProviderName();

  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="font-serif text-3xl font-bold">Dateline</p>
      <h1 className="mt-6 text-lg font-semibold">Sign in to the desk</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded border-2 border-accent p-3 text-sm">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="mt-4 text-sm">
          {done}
        </p>
      ) : null}
      <div className="mt-4">
        <LoginForm callbackUrl={callbackUrl} signIn={signInWithPassword} />
      </div>
      <p className="mt-3 text-sm">
        <Link href="/password-reset" className="underline">
          Forgot password?
        </Link>
      </p>
      {providerName ? (
        <form action={signInWithProvider} className="mt-6 border-t border-rule pt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            className="w-full rounded border border-rule px-3 py-1.5 text-sm font-semibold"
          >
            Sign in with {providerName}
          </button>
        </form>
      ) : null}
    </main>
  );
}
