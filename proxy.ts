// Before Next routes a request, three jobs, none of them access control (every desk page, action
// and route handler checks the user itself, lib/auth/current-user):
// - public pages are answered from the page cache (lib/public/cached-response.ts);
// - /news/{slug}: a withdrawn story answers 410 Gone, an older slug redirects permanently;
// - /desk without a session cookie: redirect to sign-in.
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { articleRoute } from '@/lib/public/routing';
import { goneNotice } from '@/lib/public/gone-notice';
import { pageFrom, renderPage, serveCached } from '@/lib/public/cached-response';
import { redirectUrl } from '@/lib/site';
import { DESK_PATH_HEADER } from '@/lib/auth/callback-url';
import { isSessionCookie } from '@/lib/auth/session-cookie';

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!pathname.startsWith('/desk')) {
    const origin = request.nextUrl.origin;
    return (
      (await serveCached(request, (key, tags) => resolvePublic(key, tags, origin))) ??
      NextResponse.next()
    );
  }
  const hasSession = request.cookies.getAll().some(({ name }) => isSessionCookie(name));
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

/** A public page for the cache: an article address may lead elsewhere before any page renders. */
async function resolvePublic(key: string, tags: string[], requestOrigin: string) {
  const slug = /^\/news\/([a-z0-9-]{1,200})(?:\?|$)/.exec(key)?.[1];
  if (slug) {
    const route = await articleRoute(await getDb(), slug);
    if (route.kind === 'moved') {
      const location = redirectUrl(`/news/${route.slug}`, requestOrigin).toString();
      return pageFrom(308, { location }, '', tags);
    }
    if (route.kind === 'gone') {
      return pageFrom(
        410,
        { 'content-type': 'text/html; charset=utf-8' },
        goneNotice(route.headline),
        tags,
      );
    }
  }
  return renderPage(key, tags);
}

export const config = {
  matcher: [
    '/',
    '/desk',
    '/desk/:path*',
    '/news/:slug',
    '/section/:path*',
    '/tag/:slug',
    '/author/:handle',
    '/search',
    '/feed.xml',
    '/feed.json',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
  ],
};
