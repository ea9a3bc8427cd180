import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // Native and WASM database drivers run as plain Node modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2'],
  poweredByHeader: false,
  // proxy.ts sees requests as sent, RSC headers and ?_rsc included: the page cache must tell a
  // client navigation's RSC request from a page request, or it would answer one with the other.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
