// The imports of the project's source files, read with the TypeScript parser: static imports and
// re-exports, `import type`, and dynamic `import()`. Project modules come back as paths from the
// repository root without their extension (`@/lib/x` and `../lib/x` alike); packages by name.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Import {
  /** `lib/auth/session` for a module of the project; `next/headers` for a package. */
  target: string;
  /** A module of the project, not a package. */
  local: boolean;
  /** Erased at build: `import type`, or every name imported marked `type`. */
  typeOnly: boolean;
}

const SOURCE = /\.tsx?$/;
const SKIP = new Set(['node_modules', '.next', 'migrations']);

/** The TypeScript files under `folders`, as paths from `root`. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(file);
      } else if (SOURCE.test(entry.name)) {
        found.push(file);
      }
    }
  };
  folders.forEach(walk);
  return found.sort();
}

function resolve(file: string, specifier: string): Omit<Import, 'typeOnly'> {
  let target: string;
  if (specifier.startsWith('@/')) target = path.posix.normalize(specifier.slice(2));
  else if (specifier.startsWith('.')) {
    target = path.posix.join(path.posix.dirname(file), specifier);
  } else return { target: specifier, local: false };
  return { target: target.replace(/\.(tsx?|jsx?|mjs)$/, ''), local: true };
}

function allNamesTypeOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** What `file` (a path from the root) imports, given its source text. */
export function importsOf(file: string, source: string): Import[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier)) {
      found.push({ ...resolve(file, specifier.text), typeOnly });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, allNamesTypeOnly(node.importClause));
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return found;
}
