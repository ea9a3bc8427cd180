// The load benchmark's child processes (bench/load.ts): a TypeScript script started with its own
// environment, and the readers (bench/lib/readers.ts) as one of them.
import { spawn } from 'node:child_process';

/**
 * Starts a TypeScript script with `env`: `firstLine` resolves with the first line it prints,
 * `output` with all it printed once it ends well.
 */
export function startScript(script: string, scriptEnv: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: scriptEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  let announce: (line: string) => void = () => {};
  const firstLine = new Promise<string>((resolve) => (announce = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk;
    if (text.includes('\n')) announce(text.slice(0, text.indexOf('\n')));
  });
  const output = new Promise<string>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${script}: ${code}`)),
    ),
  );
  return { firstLine: Promise.race([firstLine, output]), output };
}

export const runScript = (script: string, scriptEnv: NodeJS.ProcessEnv) =>
  startScript(script, scriptEnv).output;

export interface ReaderFigures {
  requests: number;
  rps: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  errors: number;
}

/**
 * The readers (bench/lib/readers.ts, a process of their own) for `seconds`: `started` once they
 * send, `figures` when they are done.
 */
export function startReaders(
  seconds: number,
  { origin, paths, connections }: { origin: string; paths: string[]; connections: number },
) {
  const { firstLine, output } = startScript('bench/lib/readers.ts', {
    ...process.env,
    READERS_ORIGIN: origin,
    READERS_PATHS: JSON.stringify(paths),
    READERS_CONNECTIONS: String(connections),
    READERS_SECONDS: String(seconds),
    READERS_RATE: process.env.BENCH_READER_RATE ?? '',
  });
  const figures = output.then(
    (text) => JSON.parse(text.trim().split('\n').at(-1)!) as ReaderFigures,
  );
  return { started: firstLine, figures };
}
