import { AppError } from './errors';

/**
 * Refuses a state-changing request that a browser did not send from this site. Next checks the
 * Origin of server actions only when there is one; this also refuses requests without it.
 */
export function assertSameOrigin(headers: Headers): void {
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!origin || !host) throw new AppError('forbidden', 'Cross-site request refused.');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'Cross-site request refused.');
  }
  if (originHost !== host) throw new AppError('forbidden', 'Cross-site request refused.');
}
