// Before Next routes a request, five jobs, none of them access control (every desk page, action
// and route handler checks the user itself, lib/auth/current-user):
// - an address that does not decode to text answers 400, whatever it starts with (the API, media
//   and Next's own files included: the matcher's last entry brings every escaped address here);
// - public pages are answered from the page cache (lib/public/cached-response.ts);
// - /news/{slug}: a withdrawn story answers 410 Gone, an older slug redirects permanently;
// - /desk without a session cookie: redirect to sign-in;
// - every page gets its Content-Security-Policy (lib/security-headers.ts): none runs scripts
//   from the cache, a fresh nonce for those Next renders.
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { articleRoute } from '@/lib/public/routing';
import { goneNotice } from '@/lib/public/gone-notice';
import { pageFrom, renderPage, serveCached } from '@/lib/public/cached-response';
import { redirectUrl } from '@/lib/site';
import { DESK_PATH_HEADER } from '@/lib/auth/callback-url';
import { isSessionCookie } from '@/lib/auth/session-cookie';
import { isReadableAddress } from '@/lib/readable-address';
import { PLAIN_PAGE_POLICY, newNonce, scriptedPagePolicy } from '@/lib/security-headers';

/** What is not a page: the API, media renditions, Next's own files. */
const NOT_PAGES = /^\/(?:api|media|_next)(?:\/|$)/;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isReadableAddress(pathname)) return badAddress();
  // The API, renditions and Next's files come here only for the check above: on, untouched.
  if (NOT_PAGES.test(pathname)) return NextResponse.next();
  if (!pathname.startsWith('/desk') && pathname !== '/login') {
    const origin = request.nextUrl.origin;
    const cached = await serveCached(request, (key, tags) => resolvePublic(key, tags, origin));
    if (cached) {
      cached.headers.set('Content-Security-Policy', PLAIN_PAGE_POLICY);
      return cached;
    }
    return rendered(request);
  }
  if (pathname === '/login') return rendered(request);
  if (hasSession(request)) {
    // Tell the page where the reader was going, in case their session turns out to be over.
    return rendered(request, { [DESK_PATH_HEADER]: `${pathname}${search}` });
  }
  const login = redirectUrl('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

function badAddress() {
  return new NextResponse('Bad request: this address is not valid.\n', {
    status: 400,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=60',
      'Content-Security-Policy': PLAIN_PAGE_POLICY,
    },
  });
}

function hasSession(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => isSessionCookie(name));
}

/** On to Next's render, with a nonce its scripts will carry and the policy that allows only them. */
function rendered(request: NextRequest, extra: Record<string, string> = {}) {
  const policy = scriptedPagePolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
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
    // Every page, including addresses that name none (their notice gets a policy too), but not
    // the API, media renditions and Next's own files, which need none of the jobs above.
    '/((?!api|media/|_next/).*)',
    // Any of those with an escape in it, for the address check alone. A request cannot carry a raw
    // control character or a stray byte (Node answers 400 itself), so every address that does not
    // decode to text has a "%" in it; the rest of the API and media never come here.
    '/:escaped(.*%.*)',
  ],
};
