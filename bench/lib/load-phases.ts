// Phases 63 and 64 of the load benchmark (bench/load.ts): failed sign-ins beside a probe of
// other routes, and parallel uploads with the server's memory.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/db/open';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { failedSignIns, startProbe, type ProbeTarget } from './logins';
import { cpuSeconds, peakRss, percentile, rssMiB, timings } from './process-stats';
import { upload } from './uploads';
import { writeResults } from './results';

/** 64: every upload at once, as one editor. */
export async function parallelUploads(
  pid: number,
  origin: string,
  cookie: string,
  files: Buffer[],
  memoryBudgetMiB: number,
) {
  const before = rssMiB(pid);
  const { result, peakMiB, series } = await peakRss(pid, () =>
    Promise.all(files.map((file, i) => upload(origin, cookie, file, `noise-${i + 1}.jpg`))),
  );
  const statuses = result.map((r) => r.status);
  return {
    uploads: files.length,
    fileMB:
      Math.round((files.reduce((sum, f) => sum + f.length, 0) / files.length / 1024 / 1024) * 10) /
      10,
    each: result,
    slowest_ms: Math.max(...result.map((r) => r.ms)),
    rssBeforeMiB: before,
    rssPeakMiB: peakMiB,
    rssAfterMiB: rssMiB(pid),
    // [seconds, MiB] every half second
    rssSeries: series.filter((_, i) => i % 10 === 0),
    memoryBudgetMiB,
    pass: {
      allStored: statuses.every((status) => status === 201),
      noTimeoutsOr5xx: statuses.every((status) => status !== 0 && status < 500),
      peakUnderBudget: peakMiB < memoryBudgetMiB,
    },
  };
}

/** What one argon2id check of the app's parameters costs on this machine, alone (ms). */
async function argon2Cost(): Promise<number> {
  const stored = await hashPassword('the right password');
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    await verifyPassword(stored, `a wrong password ${i}`);
    times.push(performance.now() - started);
  }
  return percentile(times, 50)!;
}

/** 63: failed sign-ins against a probe of other routes. */
export interface LoginPlan {
  pid: number;
  origin: string;
  /** A cached page the probe times beside the health check and a static file. */
  article: string;
  /** The accounts the wrong passwords are tried against. */
  targets: string[];
  /** The database's URL, to read the audit rows the attempts left. */
  url: string;
  attempts: number;
  concurrency: number;
  probeBaselineSeconds: number;
}

export async function logins({
  pid,
  origin,
  article,
  targets,
  url,
  attempts: LOGINS,
  concurrency: LOGIN_CONCURRENCY,
  probeBaselineSeconds,
}: LoginPlan) {
  const chunk = fs
    .readdirSync(path.join('.next', 'static', 'chunks'))
    .find((f) => f.endsWith('.js'));
  const probeTargets: ProbeTarget[] = [
    { name: '/api/health', path: '/api/health' },
    { name: 'cached article', path: article },
    ...(chunk ? [{ name: 'static file', path: `/_next/static/chunks/${chunk}` }] : []),
  ];
  const idle = startProbe(origin, probeTargets);
  await new Promise((resolve) => setTimeout(resolve, probeBaselineSeconds * 1_000));
  const baseline = await idle.stop();

  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  const busy = startProbe(origin, probeTargets);
  const { result: attempts, peakMiB } = await peakRss(pid, () =>
    failedSignIns(origin, targets, LOGINS, LOGIN_CONCURRENCY),
  );
  const during = await busy.stop();
  const wallSeconds = (performance.now() - started) / 1_000;
  const cpu = cpuSeconds(pid) - cpuBefore;

  const handle = await openDatabase({ kind: 'postgres', url });
  let audit;
  try {
    audit = await queryRows<{ action: string; by: string | null; ip: string | null; n: number }>(
      handle.db,
      sql`select action, new_value->>'by' as by, ip, count(*)::int as n from audit_log
          where action in ('auth.locked_out', 'auth.sign_in_failed') group by 1, 2, 3 order by 1, 2`,
    );
  } finally {
    await handle.close();
  }
  const refused = audit.filter((row) => row.action === 'auth.locked_out');
  const checked = audit.filter((row) => row.action === 'auth.sign_in_failed');
  const sum = (rows: typeof audit) => rows.reduce((total, row) => total + row.n, 0);
  const verifyMs = await argon2Cost();

  const probe = probeTargets.map(({ name }) => {
    const before = percentile(baseline.times[name]!, 95);
    const under = percentile(during.times[name]!, 95);
    return {
      target: name,
      baseline_p95_ms: before,
      during_p50_ms: percentile(during.times[name]!, 50),
      during_p95_ms: under,
      during_max_ms: percentile(during.times[name]!, 100),
      ratio: before && under ? Math.round((under / before) * 10) / 10 : null,
      failures: during.failures[name],
    };
  });
  return {
    attempts: LOGINS,
    concurrency: LOGIN_CONCURRENCY,
    accounts: targets.length,
    clientAddresses: [...new Set(audit.map((row) => row.ip))],
    seconds: Math.round(wallSeconds * 10) / 10,
    answers: attempts.statuses,
    signedIn: attempts.signedIn,
    attempt: timings(attempts.times),
    refusedByThrottle: {
      total: sum(refused),
      byAccount: sum(refused.filter((row) => row.by === 'account')),
      byAddress: sum(refused.filter((row) => row.by === 'ip')),
    },
    passwordChecked: sum(checked),
    // Each refusal still verifies against the timing decoy (lib/auth/sign-in.ts).
    argon2VerifyAloneMs: verifyMs,
    serverCpuSeconds: Math.round(cpu * 10) / 10,
    serverCpuMsPerAttempt: Math.round((cpu * 1_000) / LOGINS),
    serverCpuPercentOfOneCore: Math.round((cpu / wallSeconds) * 100),
    rssPeakMiB: peakMiB,
    probe,
  };
}

export function printUploads(result: Awaited<ReturnType<typeof parallelUploads>>) {
  console.log(`64 Parallel uploads, ${result.fileMB} MB each`);
  console.table(result.each);
  console.log(
    `RSS before ${result.rssBeforeMiB} MiB, peak ${result.rssPeakMiB} MiB, ` +
      `after ${result.rssAfterMiB} MiB (budget ${result.memoryBudgetMiB} MiB)`,
  );
  console.log('64 pass:', result.pass);
  return result;
}

export function printLogins(result: Awaited<ReturnType<typeof logins>>) {
  console.log(`63 Failed sign-ins: ${result.attempts} in ${result.seconds} s`);
  console.table({ answers: result.answers, refused: result.refusedByThrottle });
  console.log(
    `password checked ${result.passwordChecked}; server CPU ${result.serverCpuSeconds} s ` +
      `(${result.serverCpuMsPerAttempt} ms per attempt; one argon2 verify alone ` +
      `${result.argon2VerifyAloneMs} ms); attempt p50 ${result.attempt.p50_ms} ms, ` +
      `p95 ${result.attempt.p95_ms} ms`,
  );
  console.table(result.probe);
  return result;
}

export const writeLoadResults = (results: Record<string, unknown>) => writeResults('load', results);

export interface Sample {
  s: number;
  rssMiB: number;
  fds: number;
  /** Descriptors other than sockets (files, pipes, timers): a leak there is not client churn. */
  nonSocketFds: number;
  connections: number;
}

/** The soak's samples judged: growth after the first third, descriptors, connections (62). */
export function soakFigures<W extends { autosave: { conflicts_409: number } }>(
  samples: Sample[],
  workload: W,
  {
    seconds,
    sampleEverySeconds,
    poolSize,
  }: { seconds: number; sampleEverySeconds: number; poolSize: number },
) {
  // Growth is judged after the first third, once pools, caches and the heap have filled.
  const firstThird = samples.filter((x) => x.s <= seconds / 3);
  const rest = samples.slice(firstThird.length);
  const summary = (key: keyof Omit<Sample, 's'>) => {
    const values = samples.map((x) => x[key]);
    return {
      first: values[0],
      atOneThird: firstThird.at(-1)?.[key],
      last: values.at(-1),
      max: Math.max(...values),
      maxAfterOneThird: Math.max(...rest.map((x) => x[key])),
    };
  };
  const rss = summary('rssMiB');
  const growth = rss.atOneThird ? (rss.maxAfterOneThird - rss.atOneThird) / rss.atOneThird : null;
  const nonSocketFds = summary('nonSocketFds');
  const connections = summary('connections');
  return {
    seconds,
    sampleEverySeconds,
    ...workload,
    rssMiB: {
      ...rss,
      growthAfterOneThirdPercent: growth === null ? null : Math.round(growth * 1000) / 10,
    },
    fds: summary('fds'),
    nonSocketFds,
    connections: { ...connections, poolSize: poolSize },
    samples,
    pass: {
      rssGrowthUnder10Percent: growth !== null && growth < 0.1,
      fdsNotGrowing:
        nonSocketFds.maxAfterOneThird <= Math.max(...firstThird.map((x) => x.nonSocketFds)),
      connectionsWithinPool: connections.max <= poolSize,
      noFalseConflicts: workload.autosave.conflicts_409 === 0,
    },
  };
}
