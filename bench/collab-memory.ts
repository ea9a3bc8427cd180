// The server's memory as bench/collab.ts reads it: the server runs with the Node inspector on a
// loopback port (NODE_OPTIONS=--inspect=127.0.0.1:PORT), and this asks it, over the DevTools
// protocol, for a full garbage collection and then for process.memoryUsage() of the server itself.
// Nothing in the server changes for it; the inspector stays idle between the two questions.
import WebSocket from 'ws';

export interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface Inspector {
  /** Collects garbage twice (what a weak reference frees in the first may go in the second). */
  memoryAfterGc(): Promise<Memory>;
  close(): void;
}

export async function connectInspector(port: number, timeoutMs = 20_000): Promise<Inspector> {
  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  while (!url) {
    try {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        webSocketDebuggerUrl: string;
      }[];
      url = targets[0]?.webSocketDebuggerUrl;
    } catch {
      // not listening yet
    }
    if (!url) {
      if (Date.now() > deadline) throw new Error(`no inspector on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async memoryAfterGc() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const answer = (await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })) as { result: { value: string } };
      return JSON.parse(answer.result.value) as Memory;
    },
    close() {
      socket.close();
    },
  };
}

/** (after - before) / count for each figure, in bytes, rounded. */
export function perItem(before: Memory, after: Memory, count: number) {
  const each = (key: keyof Memory) => Math.round((after[key] - before[key]) / count);
  return {
    rss: each('rss'),
    heapUsed: each('heapUsed'),
    external: each('external'),
    arrayBuffers: each('arrayBuffers'),
  };
}
