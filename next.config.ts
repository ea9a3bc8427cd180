import type { NextConfig } from 'next';

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
};

export default nextConfig;
