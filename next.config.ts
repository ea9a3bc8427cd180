import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WASM database drivers run as plain Node modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default nextConfig;
