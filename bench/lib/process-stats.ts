// What the load benchmark reads about the server process from /proc (Linux): resident memory,
// open file descriptors and CPU time; and percentiles of a list of timings.
import fs from 'node:fs';

/** Resident set size in MiB, or null once the process is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024);
  } catch {
    return null;
  }
}

/** Open file descriptors, and how many of them are sockets; zeros once the process is gone. */
export function openFds(pid: number): { total: number; sockets: number } {
  try {
    const fds = fs.readdirSync(`/proc/${pid}/fd`);
    let sockets = 0;
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) sockets++;
      } catch {
        // closed between the listing and the look
      }
    }
    return { total: fds.length, sockets };
  } catch {
    return { total: 0, sockets: 0 };
  }
}

// Clock ticks per second of /proc/PID/stat: 100 on every Linux this runs on (USER_HZ).
const TICKS_PER_SECOND = 100;

/** User plus system CPU time the process has used, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; the fields after it are utime (14th) and stime (15th).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * The highest RSS the process reaches while `work` runs, sampled every `everyMs`, and the samples
 * (seconds from the start, MiB).
 */
export async function peakRss<T>(pid: number, work: () => Promise<T>, everyMs = 50) {
  const started = performance.now();
  const series: [number, number][] = [];
  let peak = rssMiB(pid) ?? 0;
  const timer = setInterval(() => {
    const rss = rssMiB(pid) ?? 0;
    peak = Math.max(peak, rss);
    series.push([Math.round((performance.now() - started) / 100) / 10, rss]);
  }, everyMs);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peak, rssMiB(pid) ?? 0), series };
  } finally {
    clearInterval(timer);
  }
}

/** The p-th percentile (nearest rank) of `values`, rounded to a tenth; null when empty. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

export function timings(values: number[]) {
  return {
    count: values.length,
    p50_ms: percentile(values, 50),
    p95_ms: percentile(values, 95),
    max_ms: percentile(values, 100),
  };
}
