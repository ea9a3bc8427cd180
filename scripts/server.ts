// The production server: Next's request handler behind a plain Node HTTP server that answers
// public-page cache hits itself (lib/public/fast-path.ts). Everything else, misses included, is
// Next's as with `next start`: the proxy, pages, actions, route handlers, instrumentation.
// The build bundles this file (scripts/build.ts); run the bundle:
//   PORT=3000 npm run serve   (npm start builds when needed and runs it too)
import http from 'node:http';
import next from 'next';
import { serveHit } from '@/lib/public/fast-path';

const port = Number(process.env.PORT) || 3000;
// The page cache fills misses by asking this port (cached-response.ts): make sure it is known.
process.env.PORT = String(port);

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();

app
  .prepare()
  .then(() => {
    const server = http.createServer((request, response) => {
      if (!serveHit(request, response)) void handle(request, response);
    });
    server.keepAliveTimeout = 65_000; // longer than a front proxy's idle keep-alive
    // On SIGTERM the database module closes the database (a checkpoint for PGlite), then exits.
    server.listen(port, () => console.log(`dateline: serving on port ${port}`));
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
