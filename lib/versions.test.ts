// Test plan 65 (docs/testing.md): every installed copy of these packages is at or above its safe
// floor. Reads package-lock.json, so it runs offline.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOORS: [pattern: RegExp, floor: string][] = [
  [/^next$/, '16.3.3'],
  [/^react$/, '19.2.8'],
  [/^react-dom$/, '19.2.8'],
  [/^next-auth$/, '5.0.0-beta.32'],
  [/^@auth\/core$/, '0.41.3'],
  [/^drizzle-orm$/, '0.45.2'],
  // @tiptap/y-tiptap (the Yjs binding) has a version line of its own.
  [/^@tiptap\/(?!y-tiptap$)/, '3.30.5'],
  [/^prosemirror-view$/, '1.42.3'],
  [/^linkifyjs$/, '4.3.2'],
  [/^happy-dom$/, '20.8.8'],
  [/^dompurify$/, '3.4.0'],
];

type Version = { parts: number[]; pre: (number | string)[] | null };

function parse(version: string): Version {
  const [core, pre] = version.split('+')[0]!.split('-', 2) as [string, string | undefined];
  return {
    parts: core.split('.').map(Number),
    pre: pre ? pre.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : null,
  };
}

/** Semver order: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  if (!x.pre || !y.pre) return (x.pre ? -1 : 0) - (y.pre ? -1 : 0);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

const lock = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'package-lock.json'), 'utf8'),
) as { packages: Record<string, { version?: string }> };

const installed = Object.entries(lock.packages)
  .filter(([key]) => key.includes('node_modules/'))
  .map(([key, value]) => ({ name: key.split('node_modules/').at(-1)!, version: value.version! }));

describe('safe version floors', () => {
  it('orders versions as semver does', () => {
    expect(compareVersions('5.0.0-beta.31', '5.0.0-beta.32')).toBeLessThan(0);
    expect(compareVersions('5.0.0-beta.32', '5.0.0')).toBeLessThan(0);
    expect(compareVersions('16.10.0', '16.3.3')).toBeGreaterThan(0);
    expect(compareVersions('3.30.5', '3.30.5')).toBe(0);
  });

  it.each(FLOORS)('every installed %s is at or above %s', (pattern, floor) => {
    for (const pkg of installed.filter(({ name }) => pattern.test(name))) {
      expect(
        compareVersions(pkg.version, floor),
        `${pkg.name}@${pkg.version}`,
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it('finds the packages that must be there', () => {
    for (const name of [
      'next',
      'react',
      'next-auth',
      '@auth/core',
      'drizzle-orm',
      '@tiptap/core',
    ]) {
      expect(
        installed.some((pkg) => pkg.name === name),
        name,
      ).toBe(true);
    }
  });
});
