// Failed sign-ins for the load benchmark (Auth.js's credentials endpoint, as the sign-in form
// posts it), and a light probe that times a few requests while they run.

export interface ProbeTarget {
  name: string;
  path: string;
}

/**
 * Times each target once every `everyMs` (one request in flight per target) until `stop()`;
 * `stop()` resolves with every time, per target name.
 */
export function startProbe(origin: string, targets: ProbeTarget[], everyMs = 100) {
  let stopped = false;
  const times: Record<string, number[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
  const failures: Record<string, number> = Object.fromEntries(targets.map((t) => [t.name, 0]));
  const loops = targets.map(async ({ name, path }) => {
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (!response.ok) failures[name]!++;
      } catch {
        failures[name]!++;
      }
      const ms = performance.now() - started;
      times[name]!.push(ms);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - ms)));
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return { times, failures };
    },
  };
}

/**
 * `count` sign-ins with wrong passwords, spread over `emails`, `concurrency` in flight, all from
 * this one client address. Resolves with each attempt's time and how the server answered.
 */
export async function failedSignIns(
  origin: string,
  emails: string[],
  count: number,
  concurrency: number,
) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let signedIn = 0;
  let next = 0;
  const attempt = async (n: number) => {
    const started = performance.now();
    try {
      const response = await fetch(`${origin}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin },
        body: new URLSearchParams({
          email: emails[n % emails.length]!,
          password: `not the password ${n}`,
          csrfToken,
          callbackUrl: '/desk',
        }),
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      if (response.headers.getSetCookie().some((c) => c.includes('session-token='))) signedIn++;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    } catch {
      statuses.failed = (statuses.failed ?? 0) + 1;
    }
    times.push(performance.now() - started);
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await attempt(next++);
    }),
  );
  return { times, statuses, signedIn };
}
