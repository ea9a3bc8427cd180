// A TCP proxy between an app instance and PostgreSQL, so the system tests can take the database
// away, bring it back and slow it down without touching the real server, which other work shares.
// The app's DATABASE_URL names the proxy's port; the proxy relays bytes to the server unchanged.
//
// - cut(): every open connection is destroyed and the port stops listening, so new connections
//   are refused: what a client sees when the server went away.
// - restore(): the port listens again; the app must reconnect by itself.
// - setLatency(ms): every chunk, each way, is delayed by `ms` (in order), as over a slow link.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  setLatency(ms: number): void;
  /** Connections currently relayed (for the tests' own checks). */
  connections(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(options: {
  port: number;
  target: { host: string; port: number };
}): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let latencyMs = 0;
  let server: net.Server | null = null;

  const onConnection = (client: net.Socket) => {
    const upstream = net.connect(options.target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
    }
    relay(client, upstream, () => latencyMs);
    relay(upstream, client, () => latencyMs);
  };

  const listen = async () => {
    server = net.createServer(onConnection);
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(options.port, '127.0.0.1', () => {
        listening.off('error', reject);
        resolve();
      });
    });
  };

  const stopListening = async () => {
    const closing = server;
    server = null;
    if (!closing) return;
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  await listen();
  return {
    port: options.port,
    async cut() {
      // Stop accepting first, so nothing reconnects in between; close() waits for the open
      // connections, which are destroyed at once.
      const closed = stopListening();
      destroyAll();
      await closed;
    },
    async restore() {
      if (!server) await listen();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    connections: () => sockets.size / 2,
    async close() {
      const closed = stopListening();
      destroyAll();
      await closed;
    },
  };
}

/**
 * Copies `from` to `to`, each chunk held back by the current latency. Chunks go out in the order
 * they came: one queue per direction, so a change of latency never reorders the stream.
 */
function relay(from: net.Socket, to: net.Socket, latency: () => number) {
  let queue = Promise.resolve();
  const later = (work: () => void) => {
    const due = Date.now() + latency();
    queue = queue.then(async () => {
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!to.destroyed) work();
    });
  };
  from.on('data', (chunk: Buffer) => later(() => to.write(chunk)));
  // A side that ends or closes ends the other after what it sent; a side that fails ends the
  // pair at once, as a broken link would.
  from.on('end', () => later(() => to.end()));
  from.on('close', () => later(() => to.end()));
  from.on('error', () => to.destroy());
}
