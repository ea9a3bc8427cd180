import type { NextConfig } from 'next';
import { NON_PAGE_POLICY, SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // Native and WASM database drivers, and the Redis client, run as plain Node modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'ioredis'],
  poweredByHeader: false,
  // proxy.ts sees requests as sent, RSC headers and ?_rsc included: the page cache must tell a
  // client navigation's RSC request from a page request, or it would answer one with the other.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    // Pages get their Content-Security-Policy from proxy.ts; the rest get one here.
    const nonPage = [{ key: 'Content-Security-Policy', value: NON_PAGE_POLICY }];
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/api/:path*', headers: nonPage },
      { source: '/media/:path*', headers: nonPage },
    ];
  },
};

export default nextConfig;
