// Typing in a 10,000-word story: how long the editor takes from a typed character to the next
// painted frame (one frame is about 16.7 ms), on a production build in headless Chromium.
// Part of npm run bench (alone: npx tsx bench/typing.ts). Prints p50/p95 per key and writes
// bench/results/typing-<date>.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '@/e2e/browser';
import { buildIfNeeded } from '@/scripts/build';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { runCli } from '@/scripts/cli';

const PORT = 3402;
const WORDS = 10_000;
const KEYS = 200;
const base = `http://127.0.0.1:${PORT}`;

function bigDocument() {
  const sentence =
    'The committee heard from port officials about inspections and staffing levels. ';
  const paragraphs = Math.ceil(WORDS / 60);
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, () => ({
      type: 'paragraph',
      content: [{ type: 'text', text: sentence.repeat(5).trim() }],
    })),
  };
}

async function main() {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-typing-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    DEMO_PASSWORD: 'bench-password',
    SITE_URL: base,
    AUTH_URL: base,
    PORT: String(PORT),
  };
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { env, stdio: 'ignore' }).on(
      'exit',
      (code) => (code === 0 ? resolve() : reject(new Error('seed failed'))),
    ),
  );
  const server = spawnNextServer(PORT, env, 'ignore');
  const browser = await chromium.launch({ ...(findChromium() ?? {}), args: ['--disable-gpu'] });
  try {
    await waitForHealth(PORT);
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill('editor@dateline.test');
    await page.getByLabel('Password').fill('bench-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/desk$/);
    await page.goto(`${base}/desk/stories/new`);
    await page.getByLabel('Headline').fill('A Very Long Dispatch');
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForURL(/\/desk\/stories\/[0-9a-f-]+$/);
    const body = page.getByRole('textbox', { name: 'Story body' });
    await body.waitFor();
    // Load 10,000 words the way a paste would, through the editor itself.
    await page.evaluate((doc) => {
      const dom = document.querySelector('.ProseMirror') as HTMLElement & {
        editor: { commands: { setContent(content: unknown): void; focus(pos: string): void } };
      };
      dom.editor.commands.setContent(doc);
      dom.editor.commands.focus('end');
    }, bigDocument());
    await page
      .getByText(/^[\d,]+ words$/)
      .filter({ hasText: /10,?\d{3}|9,?\d{3}/ })
      .waitFor();

    // Each key goes through the editor as typing does: a transaction, the view update, the
    // word count, the autosave engine's local copy. Timed to the next painted frame.
    const times = await page.evaluate(async (keys) => {
      const dom = document.querySelector('.ProseMirror') as HTMLElement & {
        editor: { commands: { insertContent(text: string): void }; getText(): string };
      };
      const before = dom.editor.getText().length;
      const samples: number[] = [];
      for (let i = 0; i < keys; i++) {
        const started = performance.now();
        dom.editor.commands.insertContent('x');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        samples.push(performance.now() - started);
      }
      if (dom.editor.getText().length !== before + keys) throw new Error('keys were not typed');
      return samples;
    }, KEYS);
    times.sort((a, b) => a - b);
    const pick = (p: number) =>
      Number(times[Math.floor((p / 100) * (times.length - 1))]!.toFixed(1));
    const result = {
      words: WORDS,
      keys: KEYS,
      p50_ms: pick(50),
      p95_ms: pick(95),
      max_ms: pick(100),
    };
    console.log('Typing in a 10,000-word story (key press to next frame):', result);
    fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
    fs.writeFileSync(
      path.join('bench', 'results', `typing-${new Date().toISOString().slice(0, 10)}.json`),
      `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
