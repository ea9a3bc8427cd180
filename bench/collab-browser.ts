// Observers in a real browser for bench/collab.ts: the desk's editor page of the shared story in
// headless Chromium, signed in with a session cookie. A MutationObserver on the editor
// (`.ProseMirror`) notes when each keystroke's marker enters the page, and the next painted frame
// after it (a requestAnimationFrame, then a task, as bench/typing.ts times a frame). The page's
// clock is turned into this process's by the offset measured over the shortest of a few round
// trips; half that round trip bounds the error.
import type { Browser, Page } from '@playwright/test';
import { MARKERS, now } from './collab-peers';

export interface PageObserver {
  label: string;
  page: Page;
  /** Page time minus this process's time, in ms, and the round trip it was measured over. */
  offsetMs: number;
  roundTripMs: number;
}

/** The cookie header's pairs as Playwright cookies for `origin`. */
function cookiesFor(header: string, origin: string) {
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
    });
}

async function clockOffset(page: Page) {
  let best = { roundTripMs: Infinity, offsetMs: 0 };
  for (let i = 0; i < 15; i++) {
    const before = now();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = now();
    if (after - before < best.roundTripMs)
      best = { roundTripMs: after - before, offsetMs: inPage - (before + after) / 2 };
  }
  return best;
}

/** Opens the story's editor page at `origin` as the person of `cookie`. */
export async function openPageObserver(
  browser: Browser,
  origin: string,
  cookie: string,
  storyId: string,
  label: string,
): Promise<PageObserver> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies(cookiesFor(cookie, origin));
  const page = await context.newPage();
  await page.goto(`${origin}/desk/stories/${storyId}`);
  await page.locator('.ProseMirror').waitFor();
  return { label, page, ...(await clockOffset(page)) };
}

/** Starts noting markers in the page (markers already there are noted as already seen). */
export async function watch(observer: PageObserver) {
  // No function is given a name in here: the script's compiler would wrap it in a helper that
  // exists only on this side.
  await observer.page.evaluate((pattern) => {
    const markers = new RegExp(pattern, 'g');
    const root = document.querySelector('.ProseMirror')!;
    const seen: Record<string, [number, number]> = {};
    for (const found of root.textContent?.match(markers) ?? []) seen[found] = [0, 0];
    const pending: string[] = [];
    let frameAsked = false;
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        for (const found of record.target.textContent?.match(markers) ?? []) {
          if (seen[found]) continue;
          seen[found] = [at, 0];
          pending.push(found);
        }
      }
      if (pending.length === 0 || frameAsked) return;
      frameAsked = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const painted = performance.timeOrigin + performance.now();
          for (const found of pending.splice(0)) seen[found]![1] = painted;
          frameAsked = false;
        }, 0),
      );
    }).observe(root, { childList: true, characterData: true, subtree: true });
    (window as unknown as { benchSeen: typeof seen }).benchSeen = seen;
  }, MARKERS.source);
}

/** Whether `found` (a marker typed after the page opened) has appeared in the editor. */
export async function shows(observer: PageObserver, found: string) {
  return observer.page.evaluate(
    (text) => document.querySelector('.ProseMirror')?.textContent?.includes(text) ?? false,
    found,
  );
}

/**
 * What the page saw, on this process's clock: when each marker entered the page's editor, and
 * the frame after it.
 */
export async function seenIn(observer: PageObserver) {
  const raw = await observer.page.evaluate(
    () => (window as unknown as { benchSeen: Record<string, [number, number]> }).benchSeen,
  );
  const dom = new Map<string, number>();
  const painted = new Map<string, number>();
  for (const [found, [at, frame]] of Object.entries(raw)) {
    if (at === 0) continue; // there before the watch began
    dom.set(found, at - observer.offsetMs);
    if (frame !== 0) painted.set(found, frame - observer.offsetMs);
  }
  return { dom, painted };
}

export async function closePageObserver(observer: PageObserver) {
  await observer.page.context().close();
}
