import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the journeys drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * one Playwright installed itself. Tests never download a browser. `null` when there is none.
 */
export function findChromium(): { executablePath?: string } | null {
  for (const candidate of [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (candidate && fs.existsSync(candidate)) return { executablePath: candidate };
  }
  try {
    if (fs.existsSync(chromium.executablePath())) return {};
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found: install one (Debian: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH.';
