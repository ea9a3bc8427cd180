import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientAdmission } from './admission';
import { RenderBudget } from './budget';
import { pageCache } from './memory';
import { pageFrom } from './page';
import type { PublicRoute } from './routes';
import { servePublic, type PublicSite } from './serve';

/** A render the test lets finish when it wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('the public request path', () => {
  let server: http.Server;
  let origin: string;
  const renders: string[] = [];
  let hold: Promise<void> | null = null;
  let failNext = false;
  const budget = new RenderBudget(1, 1);

  const route = (path: string, tags: string[], query?: PublicRoute['query']): PublicRoute => ({
    path,
    query,
    tags: () => tags,
    render: async ({ key }) => {
      renders.push(key);
      if (hold) await hold;
      if (failNext) {
        failNext = false;
        throw new Error('the database went away');
      }
      return pageFrom(200, { 'content-type': 'text/html; charset=utf-8' }, `<p>${key}</p>`, tags);
    },
  });
  const site: PublicSite = {
    routes: [
      route('/news/:slug', ['site', 'story:x']),
      route('/search', ['site', 'search'], { q: (raw) => raw.trim().toLowerCase() }),
      route('/tag/:slug', ['site', 'tag:y'], { before: (raw) => (/^\d+$/.test(raw) ? raw : null) }),
    ],
    notFound: route('/:not-found', ['site']),
    owns: (pathname) => !pathname.startsWith('/desk'),
    budget,
    admission: new ClientAdmission(1, 12),
  };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (!servePublic(site, request, response)) response.writeHead(599).end('handed on');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    pageCache().invalidate(['site']);
    renders.length = 0;
    hold = null;
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${origin}${path}`, { headers, method, redirect: 'manual' });

  it('renders a miss once, then answers hits; tracking parameters are the same page', async () => {
    const first = await get('/news/talks?utm_source=social');
    expect(first.headers.get('x-dateline-cache')).toBe('miss');
    expect(await first.text()).toBe('<p>/news/talks</p>');
    const again = await get('/news/talks?fbclid=IwAR0&utm_medium=x');
    expect(again.headers.get('x-dateline-cache')).toBe('hit');
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(again.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(renders).toEqual(['/news/talks']);
    expect((await get('/desk')).status).toBe(599);
    expect(await (await get('/news/talks', {}, 'HEAD')).text()).toBe('');
  });

  it('compares ETags weakly, takes a list of them and "*", and answers 304', async () => {
    const etag = (await get('/news/etags')).headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const strong = etag.slice(2);
    for (const ifNoneMatch of [etag, strong, `"other", ${strong}`, '*']) {
      expect((await get('/news/etags', { 'if-none-match': ifNoneMatch })).status, ifNoneMatch).toBe(
        304,
      );
    }
    expect((await get('/news/etags', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('shares one render between concurrent misses of a key', async () => {
    const { open, opened } = gate();
    hold = opened;
    const readers = Array.from({ length: 5 }, () => get('/news/shared'));
    await expect.poll(() => renders.length).toBe(1);
    open();
    const answers = await Promise.all(readers);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(renders).toEqual(['/news/shared']);
  });

  it('answers 503 past the render queue, never kept, and a stale copy where there is one', async () => {
    await get('/news/kept');
    pageCache().invalidate(['story:x']);
    const { open, opened } = gate();
    hold = opened;
    // One render runs, one waits: the budget is full.
    const running = get('/search?q=one');
    const waiting = get('/search?q=two');
    await expect.poll(() => budget.stats()).toMatchObject({ running: 1, waiting: 1 });
    const refused = await get('/search?q=three');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const stale = await get('/news/kept');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-dateline-cache')).toBe('stale');
    open();
    expect((await running).status).toBe(200);
    expect((await waiting).status).toBe(200);
    hold = null;
    // The refused page was never kept: asked again, it renders.
    const later = await get('/search?q=THREE');
    expect(later.headers.get('x-dateline-cache')).toBe('miss');
    expect(await later.text()).toBe('<p>/search?q=three</p>');
  });

  it('answers a failed render with a 500 that no cache keeps, and renders again next time', async () => {
    failNext = true;
    const failed = await get('/news/failing');
    expect(failed.status).toBe(500);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect((await get('/news/failing')).status).toBe(200);
    expect(renders).toEqual(['/news/failing', '/news/failing']);
  });

  it('refuses a malformed declared parameter, and redirects a trailing slash', async () => {
    const bad = await get('/tag/y?before=abc');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect((await get('/tag/y?before=12&utm_source=x')).status).toBe(200);
    expect(renders).toEqual(['/tag/y?before=12']);
    const slash = await get('/news/talks/');
    expect(slash.status).toBe(308);
    expect(slash.headers.get('location')).toBe('/news/talks');
  });

  it('gives every unknown address the one notice, rendered once', async () => {
    await get('/wp-login.php');
    await get('/no/such/page?x=1');
    expect(renders).toEqual(['/:not-found']);
  });

  it('holds a client past its bucket, then answers 429; other clients and this machine pass', async () => {
    process.env.TRUSTED_IP_HEADER = 'x-real-ip';
    try {
      const looping = { 'x-real-ip': '203.0.113.9' };
      // A render costs ten of the twelve, and two hits the rest.
      for (let i = 0; i < 3; i++) expect((await get('/news/loop', looping)).status).toBe(200);
      expect(renders).toEqual(['/news/loop']);
      const started = performance.now();
      const refused = await get('/news/loop', looping);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(performance.now() - started).toBeGreaterThanOrEqual(900); // held, not spun on
      expect((await get('/news/loop', { 'x-real-ip': '198.51.100.4' })).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await get('/news/loop')).status).toBe(200); // loopback
    } finally {
      delete process.env.TRUSTED_IP_HEADER;
    }
  });
});
