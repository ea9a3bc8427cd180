'use server';
import { headers } from 'next/headers';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/next-auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import type { LoginState } from '@/lib/action-state';
import { assertSameOrigin } from '@/lib/same-origin';

const MESSAGES: Record<string, string> = {
  // One answer for an unknown email, a wrong password and a locked account.
  invalid:
    'Email or password is incorrect. After several failed attempts, sign-in pauses for 15 minutes.',
  code_required: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
  code_invalid: 'That code is not valid. Codes change every 30 seconds and work once.',
};

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
    return {
      error: MESSAGES[code] ?? MESSAGES.invalid!,
      needsCode: code === 'code_required' || code === 'code_invalid',
    };
  }
}

export async function signInWithProvider(form: FormData): Promise<void> {
  await signIn('oidc', { redirectTo: safeCallbackPath(form.get('callbackUrl')) });
}
