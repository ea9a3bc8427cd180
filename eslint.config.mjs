import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `{ omitted: _unused, ...rest }` is how we drop a field from a copy.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Public pages link with plain <a>: a reader's next page comes whole from the page cache (and
    // a CDN), not as a per-request render of its React Server Component payload.
    files: ['app/(public)/**', 'app/not-found.tsx', 'components/article/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'next-env.d.ts',
      'bench/results/**',
      'playwright-report/**',
      'test-results/**',
      'e2e/.data/**',
    ],
  },
];

export default config;
