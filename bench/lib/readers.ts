// Readers for the load benchmark, in a process of their own so that their work does not delay the
// editors' timings in the benchmark's process: autocannon with READERS_CONNECTIONS connections
// for READERS_SECONDS, each connection asking for READERS_PATHS (JSON) in turn at READERS_ORIGIN,
// as fast as answers come or, with READERS_RATE, that many requests per second in all.
// Prints `started` as it begins, then one line of JSON: requests, requests per second,
// p50/p95/p99 and errors.
import autocannon from 'autocannon';
import { percentile } from './process-stats';

async function main() {
  const origin = process.env.READERS_ORIGIN!;
  const paths = JSON.parse(process.env.READERS_PATHS!) as string[];
  const connections = Number(process.env.READERS_CONNECTIONS);
  const seconds = Number(process.env.READERS_SECONDS);
  // autocannon reports p90 and p97.5, not p95: every answer's time is kept instead.
  const times: number[] = [];
  const instance = autocannon(
    {
      url: origin,
      connections,
      duration: seconds,
      overallRate: Number(process.env.READERS_RATE) || undefined,
      requests: paths.map((path) => ({ method: 'GET', path })),
    },
    () => {},
  );
  process.stdout.write('started\n');
  instance.on('response', (_client, _status, _bytes, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await new Promise<autocannon.Result>((resolve) =>
    instance.on('done', (done: autocannon.Result) => resolve(done)),
  );
  process.stdout.write(
    `${JSON.stringify({
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50_ms: percentile(times, 50),
      p95_ms: percentile(times, 95),
      p99_ms: percentile(times, 99),
      errors: result.errors + result.timeouts + result.non2xx,
    })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
