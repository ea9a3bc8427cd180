// Signing in again from inside the editor, without leaving the page: Auth.js's own credentials
// endpoint, with its CSRF token, answering where it would have redirected instead of redirecting.
// The server's checks are those of the sign-in page (throttle, second factor, audit).

export type SignInAgain =
  { ok: true } | { ok: false; code: 'invalid' | 'code_required' | 'code_invalid' | 'offline' };

export async function signInAgain(fields: {
  email: string;
  password: string;
  code: string;
}): Promise<SignInAgain> {
  try {
    const csrf = await fetch('/api/auth/csrf', { cache: 'no-store' });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Auth-Return-Redirect': '1',
      },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: window.location.pathname }),
    });
    const { url } = (await response.json()) as { url?: string };
    const answer = new URL(url ?? '/login?error=CredentialsSignin', window.location.href);
    if (!answer.searchParams.has('error')) return { ok: true };
    const code = answer.searchParams.get('code');
    return {
      ok: false,
      code: code === 'code_required' || code === 'code_invalid' ? code : 'invalid',
    };
  } catch {
    return { ok: false, code: 'offline' };
  }
}
