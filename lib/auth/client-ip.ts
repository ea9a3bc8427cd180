/**
 * The client's address for per-IP throttling. Behind a reverse proxy, set TRUSTED_IP_HEADER to the
 * header it overwrites (for example `x-real-ip`); otherwise the nearest X-Forwarded-For entry is
 * used, which a client talking to the app directly can forge.
 */
export function clientIp(headers: Headers): string | null {
  const trusted = process.env.TRUSTED_IP_HEADER?.toLowerCase();
  const raw = trusted ? headers.get(trusted) : headers.get('x-forwarded-for')?.split(',').at(-1);
  const ip = raw?.trim();
  return ip && ip.length <= 64 ? ip : null;
}
