// Which request is which public page, and under which cache key. Each public route declares the
// query parameters that change its page, with a rule that gives each value its normal form; every
// other parameter (utm_source, fbclid, a cache-buster) is left out of the key, so a shared link
// with tracking parameters is the same page as the plain address and a hit in the cache. The route
// then renders from the key's parameters alone, so it cannot show anything the key does not say.
// The nginx front of deploy/ keys its copies the same way (docs/operating.md, "The nginx front").
import type { CachedPage } from './memory';

/** A query value's normal form; '' leaves the parameter out; null: malformed (answered 400). */
export type ParamRule = (raw: string) => string | null;

export interface PageRequest {
  /** The address's named segments (`:slug`), decoded. */
  params: Record<string, string>;
  /** The declared parameters only, in their normal form. */
  query: URLSearchParams;
  key: string;
  tags: string[];
}

export interface PublicRoute {
  /** The address, with `:name` for a segment: `/news/:slug`. */
  path: string;
  /** The query parameters that change this page, and their rules. */
  query?: Record<string, ParamRule>;
  /** The page-cache tags of what the page shows (tags.ts). */
  tags: (params: Record<string, string>) => string[];
  /** The page, rendered in this process. Throws on failure; nothing thrown is ever cached. */
  render: (request: PageRequest) => Promise<CachedPage>;
}

export type Target =
  | { kind: 'page'; route: PublicRoute; request: PageRequest }
  | { kind: 'malformed'; parameter: string }
  | { kind: 'redirect'; location: string };

/**
 * The key every address that names no public page shares: they all show the same notice. A site
 * in several languages gives each language's prefix its own notice, keyed by that route's path
 * (`/ru/:not-found`).
 */
export const NOT_FOUND_KEY = '/:not-found';

/** The notice for an address no route names: one route, or one chosen by the address. */
export type NotFound = PublicRoute | ((pathname: string) => PublicRoute);

/** The first query value of each declared parameter, in its normal form, sorted by name. */
function declaredQuery(route: PublicRoute, search: URLSearchParams) {
  const query = new URLSearchParams();
  for (const [name, rule] of Object.entries(route.query ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const raw = search.get(name);
    if (raw === null) continue;
    const value = rule(raw);
    if (value === null) return { malformed: name };
    if (value !== '') query.set(name, value);
  }
  return { query };
}

function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = pathname.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const part = want[index]!;
    if (part.startsWith(':')) {
      if (!have[index]) return null;
      params[part.slice(1)] = decodeURIComponent(have[index]!);
    } else if (part !== have[index]) return null;
  }
  return params;
}

/**
 * What a GET or HEAD of `pathname?search` is among `routes`: a page with its key, a malformed
 * parameter, a redirect (a trailing slash), or, for an address no route names, `notFound` under
 * the one shared key. The caller has already decided the address is public and readable.
 */
export function resolveTarget(
  routes: readonly PublicRoute[],
  notFound: NotFound,
  pathname: string,
  search: string,
): Target {
  if (pathname.length > 1 && pathname.endsWith('/')) {
    return { kind: 'redirect', location: pathname.replace(/\/+$/, '') || '/' };
  }
  const searchParams = new URLSearchParams(search);
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    const declared = declaredQuery(route, searchParams);
    if ('malformed' in declared) return { kind: 'malformed', parameter: declared.malformed! };
    const text = declared.query.toString();
    const key = text ? `${pathname}?${text}` : pathname;
    const tags = route.tags(params);
    return { kind: 'page', route, request: { params, query: declared.query, key, tags } };
  }
  const route = typeof notFound === 'function' ? notFound(pathname) : notFound;
  const tags = route.tags({});
  return {
    kind: 'page',
    route,
    request: { params: {}, query: new URLSearchParams(), key: route.path, tags },
  };
}
