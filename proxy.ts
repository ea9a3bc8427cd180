// Sends visitors without a session cookie from the desk to the sign-in page. Only a convenience:
// every desk page, server action and route handler checks the user itself (lib/auth/current-user).
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const hasSession = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name.startsWith(cookie)));
  if (hasSession) return NextResponse.next();
  const login = new URL('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/desk', '/desk/:path*'] };
