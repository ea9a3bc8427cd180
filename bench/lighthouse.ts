// Lighthouse on the article page and the Russian and Azerbaijani pages (front pages, a section,
// a Russian article when the demo has one), mobile profile (Lighthouse's default), in Debian's
// Chromium: scores for performance, accessibility, best practices and SEO, and total blocking
// time, on a production build over a fresh PGlite demo newsroom in three languages
// (SITE_LANGUAGES=en,ru,az). A measurement, not a test: `npm run lighthouse` prints the scores and
// writes them under bench/results/. LIGHTHOUSE_PORT moves the server (default 3500).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildIfNeeded } from '@/scripts/build';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { runCli } from '@/scripts/cli';

const PORT = Number(process.env.LIGHTHOUSE_PORT) || 3500;
const ARTICLE = '/news/pentagon-says-allied-air-defences-will-reach-the-front-before-winter';
const PAGES = [ARTICLE, '/ru', '/az', '/ru/section/security', '/az/section/security'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function main() {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-lighthouse-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PORT: String(PORT),
    DEMO_PASSWORD: 'lighthouse-password',
    SITE_URL: `http://127.0.0.1:${PORT}`,
    SITE_LANGUAGES: 'en,ru,az',
  };
  await new Promise<void>((resolve, reject) => {
    const seed = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      env,
      stdio: 'ignore',
    });
    seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed: ${code}`))));
  });
  const server = spawnNextServer(PORT, env, 'ignore');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    await waitForHealth(PORT);
    const origin = `http://127.0.0.1:${PORT}`;
    // A Russian article, when the demo newsroom has one: the newest of the Russian feed.
    const russian = (await (await fetch(`${origin}/ru/feed.json`)).json()) as {
      items: { url: string }[];
    };
    const pages = [...PAGES];
    if (russian.items[0]) pages.splice(1, 0, new URL(russian.items[0].url).pathname);
    const runs = [];
    for (const page of pages) {
      const url = `${origin}${page}`;
      await fetch(url); // the first render fills the page cache, as any reader's visit would
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: CATEGORIES,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { lhr } = result;
      const scores = Object.fromEntries(
        CATEGORIES.map((name) => [name, Math.round((lhr.categories[name]?.score ?? 0) * 100)]),
      );
      const tbt = lhr.audits['total-blocking-time']?.numericValue ?? null;
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        )
        .map((audit) => `${audit.id}: ${audit.title}`);
      console.log(`Lighthouse ${lhr.lighthouseVersion}, mobile, ${page}`);
      console.table({
        ...scores,
        'total blocking time (ms)': tbt === null ? null : Math.round(tbt),
      });
      if (failing.length) console.log('Audits below full marks:\n  ' + failing.join('\n  '));
      runs.push({
        at: lhr.fetchTime,
        version: lhr.lighthouseVersion,
        url: page,
        scores,
        totalBlockingTimeMs: tbt,
        failing,
      });
    }
    const out = path.join('bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `lighthouse-${new Date().toISOString().slice(0, 10)}.json`);
    fs.writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
    console.log(`written to ${file}`);
  } finally {
    chrome.kill();
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
