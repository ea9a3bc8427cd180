// Two jobs before a page renders, neither of them access control (every desk page, action and
// route handler checks the user itself, lib/auth/current-user):
// - /desk without a session cookie: redirect to sign-in;
// - /news/{slug}: a withdrawn story answers 410 Gone, an older slug redirects permanently.
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { articleRoute } from '@/lib/public/routing';
import { goneNotice } from '@/lib/public/gone-notice';
import { redirectUrl } from '@/lib/site';
import { DESK_PATH_HEADER } from '@/lib/auth/callback-url';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/news/')) return articleProxy(request, pathname.slice('/news/'.length));
  const hasSession = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name.startsWith(cookie)));
  if (hasSession) {
    // Tell the page where the reader was going, in case their session turns out to be over.
    const headers = new Headers(request.headers);
    headers.set(DESK_PATH_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers } });
  }
  const login = redirectUrl('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

async function articleProxy(request: NextRequest, slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return NextResponse.next();
  let route;
  try {
    route = await articleRoute(await getDb(), slug);
  } catch {
    return NextResponse.next(); // the page shows the database error as it would anyway
  }
  if (route.kind === 'moved') {
    return NextResponse.redirect(redirectUrl(`/news/${route.slug}`, request.nextUrl.origin), 308);
  }
  if (route.kind === 'gone') {
    return new NextResponse(goneNotice(route.headline), {
      status: 410,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=60',
      },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/desk', '/desk/:path*', '/news/:slug'] };
