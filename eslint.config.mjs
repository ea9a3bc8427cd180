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
