// Before Next routes a desk request: /desk without a session cookie goes to sign-in. This is a
// convenience, not access control: every desk page, action and route handler checks the user
// itself (lib/auth/current-user). Public pages never reach Next (scripts/server.ts answers them),
// and the security headers of everything Next answers are set there too.
import { NextResponse, type NextRequest } from 'next/server';
import { redirectUrl } from '@/lib/site';
import { DESK_PATH_HEADER } from '@/lib/auth/callback-url';
import { isSessionCookie } from '@/lib/auth/session-cookie';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (request.cookies.getAll().some(({ name }) => isSessionCookie(name))) {
    // Tell the page where the reader was going, in case their session turns out to be over.
    const headers = new Headers(request.headers);
    headers.set(DESK_PATH_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers } });
  }
  const login = redirectUrl('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/desk', '/desk/:path*'] };
