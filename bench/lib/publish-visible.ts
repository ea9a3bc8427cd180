// Publish-to-visible: an editor signed in over HTTP publishes prepared stories one by one, and
// each is timed from the moment the publish request is sent until a reader's request finds it
// on its article page and on the front page.
import autocannon from 'autocannon';

export interface Filed {
  id: string;
  slug: string;
  version: number;
}

/** Signs in through Auth.js's credentials endpoint; returns the Cookie header of the session. */
export async function signInOverHttp(origin: string, email: string, password: string) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/desk' }),
  });
  const session = cookiesOf(response);
  if (!session.includes('session-token')) throw new Error(`sign-in as ${email} failed`);
  return session;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * Publishes each story at `origin` while `loadPath` is under load at `readOrigin` (the app itself,
 * or a front cache before it), timing until readers there see it; p50/p95 in milliseconds.
 */
export async function publishToVisible(
  origin: string,
  readOrigin: string,
  cookie: string,
  filed: Filed[],
  loadPath: string,
) {
  const load = autocannon(
    { url: `${readOrigin}${loadPath}`, connections: 10, duration: 600 },
    () => {},
  );
  const times: number[] = [];
  try {
    for (const story of filed) {
      const started = performance.now();
      const response = await fetch(`${origin}/api/stories/${story.id}/transitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({ transition: 'publish', baseVersion: story.version }),
      });
      if (!response.ok) throw new Error(`publish ${story.slug}: ${response.status}`);
      await until(async () => {
        const [article, front] = await Promise.all([
          fetch(`${readOrigin}/news/${story.slug}`),
          fetch(`${readOrigin}/`).then((r) => r.text()),
        ]);
        await article.arrayBuffer();
        return article.status === 200 && front.includes(`/news/${story.slug}`);
      });
      times.push(performance.now() - started);
    }
  } finally {
    load.stop();
  }
  return {
    publications: times.length,
    p50_ms: Math.round(percentile(times, 50)),
    p95_ms: Math.round(percentile(times, 95)),
    max_ms: Math.round(Math.max(...times)),
  };
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('not visible within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
