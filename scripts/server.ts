// The production server, and the one entry of every request (ARCHITECTURE.md, "The request
// lifecycle"): an address that does not decode is refused; a public page is answered here, from
// the page cache or rendered in this process (app/(public)/routes.ts, lib/page-cache/serve.ts);
// a view beacon is counted (lib/analytics/beacon.ts); a preview share link is checked first
// (lib/preview-link-gate.ts); everything else (the desk, sign-in, the
// API, media, Next's files) goes to Next's request handler, with the security headers set here
// for every answer. The co-editing WebSocket endpoint (/api/collab, lib/collab/server.ts) takes
// its upgrades on the same server.
// The build bundles this file (scripts/build.ts); run the bundle:
//   PORT=3000 npm run serve   (npm start builds when needed and runs it too)
// `npm run dev` runs it under tsx with Next in development mode (--dev).
import http from 'node:http';
import next from 'next';
import { beforeDatabaseCloses, getDb } from '@/db';
import { publicSite } from '@/app/(public)/routes';
import { sendPlain } from '@/lib/page-cache/respond';
import { servePublic } from '@/lib/page-cache/serve';
import { startInvalidationFeed } from '@/lib/page-cache/invalidation';
import { sharedPageCache } from '@/lib/page-cache/shared';
import { isReadableAddress } from '@/lib/readable-address';
import { serveViewBeacon } from '@/lib/analytics/beacon';
import { startViewFlusher } from '@/lib/analytics/flush';
import { newNonce, securityHeaders } from '@/lib/security-headers';
import { isWireAddress, serveWire } from '@/lib/wire/serve';
import { createCollabServer } from '@/lib/collab/server';
import { collabRedis } from '@/lib/collab/redis';
import { gatePreviewLink } from '@/lib/preview-link-gate';

const port = Number(process.env.PORT) || 3000;
process.env.PORT = String(port); // the site's own address defaults to this port (lib/site.ts)
const dev = process.argv.includes('--dev');

/** Answers that are not pages: no script, no style, nothing framed. */
const NON_PAGES = /^\/(?:api|media|_next)(?:\/|$)/;

const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
const site = publicSite();

function toNext(request: http.IncomingMessage, response: http.ServerResponse, pathname: string) {
  if (NON_PAGES.test(pathname) || /\.[a-z0-9]+$/i.test(pathname)) {
    for (const [name, value] of securityHeaders('non-page')) response.setHeader(name, value);
  } else {
    // A page Next renders runs its scripts: Next reads the nonce from the request's policy and
    // puts it on each of them.
    const headers = securityHeaders({ nonce: newNonce() });
    for (const [name, value] of headers) response.setHeader(name, value);
    request.headers['content-security-policy'] = headers.at(-1)![1];
  }
  void handle(request, response);
}

app
  .prepare()
  .then(() => {
    const server = http.createServer((request, response) => {
      const url = request.url ?? '/';
      const pathname = url.split('?', 1)[0]!;
      if (!isReadableAddress(pathname)) {
        sendPlain(response, 400, 'Bad request: this address is not valid.');
      } else if (isWireAddress(pathname)) {
        void serveWire(request, response); // rendered here, not by Next (lib/wire/api.ts)
      } else if (pathname.startsWith('/api/views/')) {
        // The view beacon (lib/analytics/beacon.ts), before Next: a count costs no more than this.
        for (const [name, value] of securityHeaders('non-page')) response.setHeader(name, value);
        if (!serveViewBeacon(request, response)) toNext(request, response, pathname);
      } else if (pathname.startsWith('/preview/')) {
        // A share link to a story's preview: 410 unless it opens something, then Next's page
        // (lib/preview-link-gate.ts), never cached, never indexed.
        void getDb()
          .then((db) => gatePreviewLink(db, pathname, response))
          .then((works) => works && toNext(request, response, pathname))
          .catch((error: unknown) => {
            console.error(error);
            if (!response.headersSent) sendPlain(response, 500, 'Something went wrong.');
          });
      } else if (!servePublic(site, request, response)) {
        toNext(request, response, pathname);
      }
    });
    // Co-editing: one shared document per story (ARCHITECTURE.md, "Co-editing"), shared between
    // the instances through Redis when REDIS_URL is set. Other upgrades (Next's own in
    // development) are left to their listeners.
    const collab = createCollabServer({
      db: getDb,
      redis: process.env.REDIS_URL ? collabRedis(process.env.REDIS_URL) : null,
    });
    server.on('upgrade', (request, socket, head) => {
      collab.handleUpgrade(request, socket, head);
    });
    beforeDatabaseCloses(() => collab.close()); // open documents are stored before the exit
    server.keepAliveTimeout = 65_000; // longer than a front proxy's idle keep-alive
    // The feed keeps this instance's page cache in step with every change; with REDIS_URL the
    // shared tier connects now, so that the first reader finds it open.
    startInvalidationFeed(getDb);
    sharedPageCache();
    // Reader views are counted in memory and written every few seconds, and at SIGTERM.
    startViewFlusher(getDb);
    // On SIGTERM the database module closes the database (a checkpoint for PGlite), then exits.
    server.listen(port, () => console.log(`dateline: serving on port ${port}`));
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
