// The edges the code must never have (ARCHITECTURE.md, "The map"), read from the source tree's
// imports. Each rule names the files it governs and the imports they may not make; a new import
// across a line fails here, with the file and the import in the message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, type Import } from './support/imports';

const root = path.resolve(import.meta.dirname, '..');

interface Rule {
  name: string;
  /** Files under the rule, by their path from the repository root. */
  governs(file: string): boolean;
  /** Whether an import crosses the line. */
  forbids(imported: Import): boolean;
  /**
   * Type-only imports are erased at build: they count for rules about what code is shipped
   * together, not for rules about what code does when it runs.
   */
  typesToo: boolean;
  /** Imports the rule knows a file to make across its line, each file with the reason. */
  exempt?: Record<string, { imports: string[]; reason: string }>;
}

const inFolder = (folder: string, file: string) => file === folder || file.startsWith(`${folder}/`);
/** Files of the project under a folder (or that module itself, `db` for `@/db`). */
const under = (folder: string) => (file: string) => inFolder(folder, file);
const local =
  (folder: string) =>
  ({ target, local }: Import) =>
    local && inFolder(folder, target);
const pkg =
  (name: string) =>
  ({ target, local }: Import) =>
    !local && inFolder(name, target);
const anyOf =
  (...tests: ((imported: Import) => boolean)[]) =>
  (imported: Import) =>
    tests.some((test) => test(imported));

/** The modules the permission rules and the workflow graph may import: pure, like themselves (the
 * story states and the field limits are constants). */
const PURE = new Set([
  'lib/workflow',
  'lib/permissions',
  'lib/errors',
  'lib/validation/limits',
  'db/story-states',
]);

export const RULES: Rule[] = [
  {
    name: 'public pages never read the session',
    // The pages, their reads and the page cache that serves them to every reader alike.
    governs: (file) =>
      ['app/(public)', 'lib/public', 'lib/page-cache'].some((f) => inFolder(f, file)),
    forbids: anyOf(local('lib/auth'), pkg('next-auth'), pkg('next/headers')),
    typesToo: true,
  },
  {
    name: 'components/ui knows nothing of the newsroom',
    governs: under('components/ui'),
    forbids: anyOf(
      local('lib'),
      local('db'),
      local('app'),
      local('components/desk'),
      local('components/editor'),
      local('components/article'),
    ),
    typesToo: true,
  },
  {
    name: 'the permission rules and the workflow graph do no I/O',
    governs: (file) => file === 'lib/permissions.ts' || file === 'lib/workflow.ts',
    // No package at all (node:*, drizzle-orm, next/* among them), and of the project only PURE.
    forbids: ({ target, local }) => !local || !PURE.has(target),
    typesToo: false,
  },
  {
    name: 'db/ imports nothing above it',
    governs: (file) => under('db')(file) && !/\.test\.tsx?$/.test(file),
    forbids: anyOf(local('lib'), local('components'), local('app'), local('test')),
    typesToo: false,
  },
  {
    name: 'components never import app/',
    governs: under('components'),
    forbids: local('app'),
    typesToo: true,
  },
];

/** The imports of `files` that break `rule`, as "file → import" lines. */
export function violations(rule: Rule, files: Map<string, Import[]>): string[] {
  const found: string[] = [];
  for (const [file, imports] of files) {
    if (!rule.governs(file)) continue;
    const known = rule.exempt?.[file]?.imports ?? [];
    for (const imported of imports) {
      if (imported.typeOnly && !rule.typesToo) continue;
      if (imported.local && known.includes(imported.target)) continue;
      if (rule.forbids(imported)) found.push(`${file} → ${imported.target}`);
    }
  }
  return found;
}

const tree = new Map(
  sourceFiles(root, ['app', 'components', 'lib', 'db']).map((file) => [
    file,
    importsOf(file, fs.readFileSync(path.join(root, file), 'utf8')),
  ]),
);

describe('layering', () => {
  it.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expect(violations(rule, tree)).toEqual([]);
  });

  it('governs files that exist, and exempts exactly the imports a file still makes', () => {
    for (const rule of RULES) {
      expect([...tree.keys()].some(rule.governs), rule.name).toBe(true);
      for (const [file, { imports }] of Object.entries(rule.exempt ?? {})) {
        const alone = new Map([[file, tree.get(file) ?? []]]);
        expect(violations({ ...rule, exempt: {} }, alone), `${rule.name}: ${file}`).toEqual(
          imports.map((target) => `${file} → ${target}`),
        );
      }
    }
  });

  // An edge added by an alias, a relative path, a re-export or a dynamic import is caught; a
  // type-only import only where types count; a pure module of the project is allowed.
  it.each([
    ['components never', 'components/desk/x.tsx', "import '@/app/x';", 'app/x'],
    [
      'components never',
      'components/desk/x.tsx',
      "export { a } from '../../app/login/actions';",
      'app/login/actions',
    ],
    [
      'public pages',
      'app/(public)/x/page.tsx',
      "const { auth } = await import('../../../lib/auth/x');",
      'lib/auth/x',
    ],
    [
      'public pages',
      'app/(public)/page.tsx',
      "import { cookies } from 'next/headers';",
      'next/headers',
    ],
    ['db/', 'db/open.ts', "import { x } from '../lib/x';", 'lib/x'],
    ['db/', 'db/schema.ts', "import type { X } from '@/lib/x';", null],
    ['db/', 'db/seed-newsroom.ts', "import { can } from '@/lib/permissions';", 'lib/permissions'],
    ['the permission', 'lib/workflow.ts', "import { sql } from 'drizzle-orm';", 'drizzle-orm'],
    ['the permission', 'lib/permissions.ts', "import { AppError } from './errors';", null],
    ['components/ui', 'components/ui/x.tsx', "import { y } from '../desk/y';", 'components/desk/y'],
  ])('%s: %s with %s', (name, file, source, expected) => {
    const rule = RULES.find((r) => r.name.startsWith(name))!;
    expect(violations(rule, new Map([[file, importsOf(file, source)]]))).toEqual(
      expected ? [`${file} → ${expected}`] : [],
    );
  });
});
