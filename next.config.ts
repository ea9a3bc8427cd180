import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WASM database drivers, and the Redis client, run as plain Node modules, not bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pg',
    '@node-rs/argon2',
    'ioredis',
    'nodemailer',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  // Security headers are set by the production server on every answer (scripts/server.ts).
};

export default nextConfig;
