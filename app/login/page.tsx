import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { LoginForm } from '@/components/desk/login-form';
import { signInWithPassword, signInWithProvider } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = {
  searchParams: Promise<{ callbackUrl?: string | string[]; done?: string | string[] }>;
};

// After a mailed link has set a password (app/invitation, app/password-reset).
const DONE: Record<string, string> = {
  invitation: 'Your password is set. Sign in with it now.',
  reset: 'Your password is changed and every session has ended. Sign in with the new one.',
};

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  const done = typeof query.done === 'string' ? DONE[query.done] : undefined;
  if (await getCurrentUser()) redirect(callbackUrl);
  const providerName = process.env.AUTH_OIDC_ISSUER
    ? process.env.AUTH_OIDC_NAME || 'single sign-on'
    : null;

  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="font-serif text-3xl font-bold">Dateline</p>
      <h1 className="mt-6 text-lg font-semibold">Sign in to the desk</h1>
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
