// The production build: `next build`, then scripts/server.ts bundled into one plain JavaScript
// file (SERVER_BUNDLE) with esbuild, packages left to node_modules. The server runs from that
// file on Node alone: under tsx's loader hooks, every one of the hundreds of modules Next loads
// at start went through them, and a cold start took about a second longer.
//   npm run build   (both, always); npm start, the tests and the benchmarks build when stale.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { ASSETS_FILE, stylesheetsFromManifest } from '@/app/(public)/stylesheets';

export const SERVER_BUNDLE = path.join('.next', 'dateline-server.mjs');

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
  path.join('scripts', 'server.ts'),
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const outputs = [path.join('.next', 'BUILD_ID'), ASSETS_FILE, SERVER_BUNDLE];
  if (!outputs.every((output) => fs.existsSync(output))) return true;
  const builtAt = Math.min(...outputs.map((output) => fs.statSync(output).mtimeMs));
  return SOURCES.some((entry) => newestMtime(entry) > builtAt);
}

/** Bundles scripts/server.ts and what it imports from lib/ into SERVER_BUNDLE. */
export function bundleServer(): void {
  buildSync({
    entryPoints: [path.join('scripts', 'server.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

/** Runs `next build` and bundles the server; exits the process when the build fails. */
export function build(): void {
  // The build never opens the database, so it may run whatever DATABASE_URL or DATA_DIR say.
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('dateline: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
  writePublicAssets();
  bundleServer();
}

/**
 * The stylesheets Next built for the root layout, for the public pages the server renders itself
 * (app/(public)/stylesheets.ts): read from the client manifest of a page Next renders (sign-in).
 */
function writePublicAssets(): void {
  const manifest = path.join(
    '.next',
    'server',
    'app',
    'login',
    'page_client-reference-manifest.js',
  );
  const stylesheets = stylesheetsFromManifest(fs.readFileSync(manifest, 'utf8'));
  if (stylesheets.length === 0) {
    console.error(`dateline: the build named no stylesheet of the root layout in ${manifest}.`);
    process.exit(1);
  }
  fs.writeFileSync(ASSETS_FILE, JSON.stringify({ stylesheets }));
}

/** Builds when the production build is missing or older than the sources. */
export function buildIfNeeded(): void {
  if (!buildIsStale()) return;
  console.log('dateline: building the production bundle (about a minute)…');
  build();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  build();
