'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/next-auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import type { LoginState } from '@/lib/action-state';
import { assertSameOrigin } from '@/lib/same-origin';
import { needsSecondFactor, signInMessage } from '@/lib/auth/sign-in-messages';

export async function signInWithPassword(_prev: LoginState, form: FormData): Promise<LoginState> {
  try {
    assertSameOrigin(await headers());
  } catch {
    return { error: 'Sign-in refused: the form was not sent from this site.', needsCode: false };
  }
  try {
    await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      code: form.get('code') ?? '',
      redirectTo: safeCallbackPath(form.get('callbackUrl')),
    });
    return { error: '', needsCode: false };
  } catch (error) {
    // A successful sign-in redirects by throwing; only Auth.js's own refusals are answered here.
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : 'invalid';
    return { error: signInMessage(code), needsCode: needsSecondFactor(code) };
  }
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const callbackUrl = safeCallbackPath(form.get('callbackUrl'));
  let next: string;
  try {
    next = await signIn('oidc', { redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    console.error(`[auth] single sign-on could not start: ${describe(error)}`);
    next = '/login?error=Configuration';
  }
  // The way there is the provider's address; a way back to the sign-in page with an error means
  // the provider could not be asked (its discovery document did not come): a plain message on
  // the sign-in page, not a 500.
  const answer = new URL(next, 'http://dateline.invalid');
  if (answer.pathname === '/login' && answer.searchParams.has('error')) {
    redirect(`/login?${new URLSearchParams({ error: 'ProviderUnavailable', callbackUrl })}`);
  }
  redirect(next);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
