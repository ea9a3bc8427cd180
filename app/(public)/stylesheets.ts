// The stylesheets of the public pages: the ones Next built for the root layout (app/globals.css
// through Tailwind). The build writes their addresses to ASSETS_FILE (scripts/build.ts reads them
// from Next's manifest), and every public page links them, as Next links them on its own pages.
import fs from 'node:fs';
import path from 'node:path';

export const ASSETS_FILE = path.join('.next', 'dateline-assets.json');

let stylesheets: string[] | undefined;

export function publicStylesheets(): string[] {
  if (!stylesheets) {
    try {
      const assets = JSON.parse(fs.readFileSync(path.join(process.cwd(), ASSETS_FILE), 'utf8'));
      stylesheets = (assets as { stylesheets: string[] }).stylesheets;
    } catch {
      stylesheets = []; // a development server: pages come unstyled until a build
    }
  }
  return stylesheets;
}

/** The root layout's stylesheets named by Next's client manifest of a page it renders. */
export function stylesheetsFromManifest(manifest: string): string[] {
  const entry = /"\[project\]\/app\/layout":(\[[^\]]*\])/.exec(manifest)?.[1];
  if (!entry) return [];
  return (JSON.parse(entry) as { path: string }[]).map((file) => `/_next/${file.path}`);
}
