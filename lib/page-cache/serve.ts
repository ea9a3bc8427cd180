// The one path of a public request (ARCHITECTURE.md, "The request lifecycle"): the address and
// its declared parameters make the key (routes.ts); a page in this instance's memory is sent at
// once; else one render per key (single flight), found in Redis when another instance made it
// (shared.ts), or made here, in this process, within the render budget (budget.ts). Past the
// budget a reader gets the page's stale copy or a fast 503. Nothing here reads a session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@/lib/errors';
import {
  clientAdmission,
  clientOf,
  HOLD_MS,
  MAX_HELD,
  MISS_COST,
  type ClientAdmission,
} from './admission';
import { Overloaded, renderBudget, type RenderBudget } from './budget';
import { pageCache, type CachedPage } from './memory';
import { sendPage, sendPlain } from './respond';
import { resolveTarget, type NotFound, type PublicRoute, type Target } from './routes';
import { sharedPageCache } from './shared';

export interface PublicSite {
  routes: readonly PublicRoute[];
  /** The notice every address that names no page gets (404). */
  notFound: NotFound;
  /** Whether an address belongs to the public site at all (not the desk, the API, files). */
  owns: (pathname: string) => boolean;
  /** The render budget; this process's (RENDER_CONCURRENCY, RENDER_QUEUE) by default. */
  budget?: RenderBudget;
  /** Admission by client; this process's (PUBLIC_CLIENT_RATE) by default, null for none. */
  admission?: ClientAdmission | null;
}

/** Seconds a reader refused by the render budget is asked to wait. */
const RETRY_AFTER = '2';

/** Answers `request` when it is a public page; false hands it on (to Next). */
export function servePublic(
  site: PublicSite,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url ?? '/';
  const mark = url.indexOf('?');
  const pathname = mark < 0 ? url : url.slice(0, mark);
  if (!site.owns(pathname)) return false;
  const admission = site.admission === undefined ? clientAdmission() : site.admission;
  const client = admission ? clientOf(request) : null;
  if (client && !admission!.admit(client)) {
    holdThenRefuse(request, response);
    return true;
  }
  const target = resolveTarget(
    site.routes,
    site.notFound,
    pathname,
    mark < 0 ? '' : url.slice(mark),
  );
  if (target.kind === 'malformed') {
    sendPlain(response, 400, `Bad request: the "${target.parameter}" parameter is not valid here.`);
  } else if (target.kind === 'redirect') {
    response.writeHead(308, { Location: target.location, 'Cache-Control': 'public, max-age=3600' });
    response.end();
  } else {
    const cached = cacheOn() ? pageCache().peek(target.request.key) : undefined;
    if (cached) sendPage(request, response, target.request.key, cached, 'hit');
    else {
      if (client) admission!.charge(client, MISS_COST - 1);
      void answerMiss(request, response, target, site.budget ?? renderBudget());
    }
  }
  return true;
}

let held = 0;

/**
 * A client past its bucket (admission.ts) waits HOLD_MS for its 429, so that a loop cannot spin on
 * fast refusals; past MAX_HELD waiting, the connection is closed at once.
 */
function holdThenRefuse(request: IncomingMessage, response: ServerResponse): void {
  if (held >= MAX_HELD) {
    request.socket.destroy();
    return;
  }
  held++;
  setTimeout(() => {
    held--;
    if (response.destroyed || response.headersSent) return;
    sendPlain(response, 429, 'Too many requests: please slow down.', { 'Retry-After': '1' });
  }, HOLD_MS).unref();
}

const cacheOn = () => process.env.PAGE_CACHE !== 'off';

async function answerMiss(
  request: IncomingMessage,
  response: ServerResponse,
  { route, request: page }: Extract<Target, { kind: 'page' }>,
  budget: RenderBudget,
): Promise<void> {
  const { key, tags } = page;
  const render = () => budget.run(() => route.render(page));
  const shared = cacheOn() ? sharedPageCache() : null;
  try {
    const rendered: CachedPage | null = cacheOn()
      ? await pageCache().fill(key, () => (shared ? shared.fill(key, tags, render) : render()))
      : await render();
    if (!rendered) throw new Error('a public route rendered nothing');
    sendPage(request, response, key, rendered, shared?.cameFromRedis(rendered) ? 'shared' : 'miss');
  } catch (error) {
    if (response.headersSent) return;
    if (error instanceof Overloaded) {
      const stale = pageCache().staleCopy(key);
      if (stale) sendPage(request, response, key, stale, 'stale');
      else
        sendPlain(response, 503, 'Busy: please try again shortly.', { 'Retry-After': RETRY_AFTER });
    } else if (error instanceof AppError && error.code === 'unavailable') {
      sendPlain(response, 503, 'Temporarily unavailable: please try again shortly.', {
        'Retry-After': RETRY_AFTER,
      });
    } else {
      console.error(`dateline: rendering ${key}: ${(error as Error).message.split('\n')[0]}`);
      sendPlain(response, 500, 'Something went wrong on our side. Please try again.');
    }
  }
}
