// Co-editing (ARCHITECTURE.md, "Co-editing"; docs/benchmarks.md, "Co-editing") on a production
// build (scripts/server.ts, bundled), loopback only, every phase bounded in time. Part of
// npm run bench (alone: npx tsx bench/collab.ts). On a scratch PostgreSQL database when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, else on PGlite.
//
// 1 Remote keystrokes: BENCH_COLLAB_TYPISTS (10) editors type in one story at once, each in a
//   paragraph of its own, a key every BENCH_COLLAB_GAP_MS (200) on average, for
//   BENCH_COLLAB_SECONDS (20) after 3 unmeasured seconds, each key moving the typist's caret as
//   the editor's caret extension does (BENCH_COLLAB_CARETS=off: carets still). The typists are
//   Node clients with the desk's provider (bench/collab-peers.ts); each keystroke carries a
//   marker of its own and is timed from the moment it is typed until it reaches two observers who
//   have the story open (Node clients), and each typist's keys until they reach the others. When
//   the desk's editor shows others' keys live, two editor pages in headless Chromium observe too
//   (bench/collab-browser.ts) and the target is read at their painted frames. Target: p95 under
//   150 ms, no key lost, no socket closed (printed PASS or FAIL; a figure, never a test).
// 2 Server memory: the server's heap and resident memory after a full garbage collection (asked
//   through the inspector, bench/collab-memory.ts) with no story open, with one, and with
//   BENCH_COLLAB_DOCS (100) stories of about 1,000 words open, each by one socket as a desk tab
//   opens it; then again once they are closed.
// 3 Fan-out across two instances (PostgreSQL and Redis at REDIS_URL or TEST_REDIS_URL): the same
//   typing on instance A, observers on A and on B at once (Node clients, and one page on each);
//   delivery A to A beside A to B. Skipped, with the reason printed, when B does not receive what
//   is typed on A.
// Prints tables and writes bench/results/collab-<date>.json.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { openDatabase, type DatabaseTarget } from '@/db/open';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { insertStaff } from '@/lib/services/users';
import type { Actor } from '@/lib/permissions';
import { AWARENESS_PER_SECOND, MESSAGES_PER_SECOND } from '@/lib/collab/limits';
import { findChromium, NO_BROWSER_MESSAGE } from '@/e2e/browser';
import { buildIfNeeded } from '@/scripts/build';
import { runCli } from '@/scripts/cli';
import { spawnNextServer, stopServer, waitForHealth } from '@/scripts/serve';
import { createScratchDatabase } from '@/test/support/databases';
import { runScript } from './lib/children';
import { timings } from './lib/process-stats';
import { signInOverHttp } from './lib/publish-visible';
import { writeResults } from './lib/results';
import {
  closePageObserver,
  openPageObserver,
  seenIn,
  shows,
  watch,
  type PageObserver,
} from './collab-browser';
import { connectInspector, perItem, type Memory } from './collab-memory';
import {
  announce,
  deliveries,
  marker,
  observe,
  openPeer,
  typeFor,
  typeKey,
  typistOf,
  until,
  type Peer,
} from './collab-peers';

const env = (name: string, fallback: number) => Number(process.env[name]) || fallback;
const TYPISTS = env('BENCH_COLLAB_TYPISTS', 10);
const OBSERVERS = 2;
/** Browser pages observing too, shared among the observed instances. */
const PAGES = 2;
const GAP_MS = env('BENCH_COLLAB_GAP_MS', 200);
const SECONDS = env('BENCH_COLLAB_SECONDS', 20);
const WARM_UP_SECONDS = 3;
/** Whether each keystroke moves the typist's caret for the others to see, as the editor's does. */
const CARETS = process.env.BENCH_COLLAB_CARETS !== 'off';
const COLOURS = ['#b45309', '#0f766e', '#1d4ed8', '#7c3aed', '#be123c'];
const DOCS = env('BENCH_COLLAB_DOCS', 100);
const TARGET_P95_MS = 150;
/** Sockets one person may hold per instance (lib/collab/limits.ts): the memory phase spreads. */
const SOCKETS_PER_PERSON = 8;

const PORT_A = 3410;
const PORT_B = 3411;
const INSPECTOR_PORT = 3412;
const PASSWORD = 'a long enough co-editing password';
const STAFF = Math.max(TYPISTS + OBSERVERS + PAGES, Math.ceil(DOCS / SOCKETS_PER_PERSON));

const origin = (port: number) => `http://127.0.0.1:${port}`;

const SENTENCES = [
  'The harbour board met for the third time this month to weigh the dredging contract.',
  'Fishermen on the east quay said the silt had cut their working days by a third.',
  'A board member asked for the survey to be published before any vote is taken.',
  'The contractor has offered to begin in spring if the funding is agreed by March.',
  'Residents near the slipway want the work done outside the summer ferry timetable.',
  'Council officers expect the cost to be shared between the port and the county.',
];

/** A story body of `paragraphs` paragraphs of about 85 words each. */
function storyBody(paragraphs: number) {
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, i) => ({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: Array.from({ length: 6 }, (_, s) => SENTENCES[(i + s) % SENTENCES.length]).join(
            ' ',
          ),
        },
      ],
    })),
  };
}

interface Prepared {
  staff: { email: string }[];
  shared: string;
  warmUp: string;
  docs: string[];
}

/** Staff and stories, written before the server starts (PGlite has one process at a time). */
async function prepare(target: DatabaseTarget): Promise<Prepared> {
  const handle = await openDatabase(target);
  try {
    const staff: Actor[] = [];
    const emails: string[] = [];
    for (let n = 1; n <= STAFF; n++) {
      const user = await insertStaff(
        handle.db,
        {
          email: `collab-editor-${n}@dateline.test`,
          displayName: `Collab editor ${n}`,
          role: 'editor',
          title: '',
        },
        PASSWORD,
        null,
      );
      staff.push({ id: user.id, role: user.role, active: true });
      emails.push(user.email);
    }
    const story = async (headline: string, paragraphs: number) => {
      const { id } = await createStory(handle.db, staff[0]!, { headline });
      const state = await loadEditorState(handle.db, staff[0]!, id);
      await saveStory(handle.db, staff[0]!, id, {
        baseVersion: state.version,
        meta: state.meta,
        body: storyBody(paragraphs),
      });
      return id;
    };
    const shared = await story('Harbour Dredging Vote', Math.max(12, TYPISTS));
    const warmUp = await story('Harbour Dredging Warm-up', 12);
    const docs: string[] = [];
    for (let n = 1; n <= DOCS; n++) docs.push(await story(`Harbour Dredging Memo ${n}`, 12));
    return { staff: emails.map((email) => ({ email })), shared, warmUp, docs };
  } finally {
    await handle.close();
  }
}

/** Delivery figures of one group of observers: every marker each of them should have seen. */
function summarize(sent: Map<string, number>, seen: Map<string, number>[]) {
  const all: number[] = [];
  let lost = 0;
  for (const one of seen) {
    const figures = deliveries(sent, one);
    all.push(...figures.times);
    lost += figures.lost;
  }
  return { ...timings(all), lost };
}

/** Waits until every observer has every marker, or gives up after a while (lost ones count). */
async function settle(sent: Map<string, number>, seen: Map<string, number>[]) {
  await until('every marker delivered', () => seen.every((one) => one.size >= sent.size), 5_000)
    // a lost marker is a figure of its own, not a crash
    .catch(() => {});
}

/** Keys typed by each typist in turn reach the other typists too: what each of them sees. */
function othersSeen(typists: Peer[], seen: Map<string, number>[], sent: Map<string, number>) {
  const all: number[] = [];
  let lost = 0;
  typists.forEach((_, index) => {
    const theirs = new Map([...sent].filter(([key]) => typistOf(key) !== index));
    const figures = deliveries(theirs, seen[index]!);
    all.push(...figures.times);
    lost += figures.lost;
  });
  return { ...timings(all), lost };
}

const round = (n: number) => Math.round(n);

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  log: string;
}

async function startServer(
  name: string,
  port: number,
  serverEnv: NodeJS.ProcessEnv,
  dataDir: string,
): Promise<Server> {
  const log = path.join(dataDir, `server-${name}.log`);
  const fd = fs.openSync(log, 'a');
  const child = spawnNextServer(
    port,
    { ...serverEnv, SITE_URL: origin(port), AUTH_URL: origin(port) },
    ['ignore', fd, fd],
  );
  await waitForHealth(port, 60_000, 50);
  return { name, port, child, log };
}

/** Every socket closed while it was in use, by whom it was and why. */
function closedBadly(peers: Peer[]) {
  return peers.flatMap((peer) =>
    peer.closes.map(({ code, reason }) => `${peer.name}: ${code} ${reason}`.trim()),
  );
}

/** Opens `docs` from `from` on, ten at a time, each on a socket of its own. */
async function openAll(at: string, cookies: string[], docs: string[], peers: Peer[], from: number) {
  for (let n = from; n < docs.length; n += 10) {
    const batch = docs.slice(n, n + 10).map((id, i) => {
      const index = n + i;
      return openPeer(at, cookies[Math.floor(index / SOCKETS_PER_PERSON)]!, id, `doc ${index}`);
    });
    peers.push(...(await Promise.all(batch)));
  }
}

/** 2: memory with no story open, one, DOCS, none again, and none after a second round. */
async function memory(server: Server, cookies: string[], prepared: Prepared) {
  const inspector = await connectInspector(INSPECTOR_PORT);
  const at = origin(server.port);
  const peers: Peer[] = [];
  try {
    // The co-editing code paths once, so that what they load is not counted as documents.
    const warm = await openPeer(at, cookies[0]!, prepared.warmUp, 'warm-up');
    const documentBytes = Y.encodeStateAsUpdate(warm.document).byteLength;
    warm.destroy();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const none = await inspector.memoryAfterGc();
    peers.push(await openPeer(at, cookies[0]!, prepared.docs[0]!, 'doc 0'));
    const one = await inspector.memoryAfterGc();
    await openAll(at, cookies, prepared.docs, peers, 1);
    const all = await inspector.memoryAfterGc();
    const refused = closedBadly(peers);
    // The server unloads a story once its last socket has gone; nothing outside it shows when,
    // so the measurement waits a while.
    const closeAll = async () => {
      for (const peer of peers.splice(0)) peer.destroy();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return inspector.memoryAfterGc();
    };
    const closed = await closeAll();
    // Open and close them all once more: what stays after the first time and not the second is
    // a cache, what grows again would be a leak.
    await openAll(at, cookies, prepared.docs, peers, 0);
    refused.push(...closedBadly(peers));
    const closedTwice = await closeAll();
    const mib = (m: Memory) => ({
      rssMiB: Math.round(m.rss / 1048576),
      heapUsedMiB: Math.round((m.heapUsed / 1048576) * 10) / 10,
      externalMiB: Math.round((m.external / 1048576) * 10) / 10,
    });
    return {
      documentBytes,
      documents: prepared.docs.length,
      socketsPerDocument: 1,
      refused,
      none: mib(none),
      one: mib(one),
      all: mib(all),
      closedAgain: mib(closed),
      closedTwice: mib(closedTwice),
      bytesFirstDocument: perItem(none, one, 1),
      bytesPerDocument: perItem(none, all, prepared.docs.length),
    };
  } finally {
    for (const peer of peers) peer.destroy();
    inspector.close();
  }
}

/** Whether every page shows `text` within a few seconds. */
async function everyPageShows(pages: PageObserver[], text: string) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if ((await Promise.all(pages.map((page) => shows(page, text)))).every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

interface PageFigures {
  pages: number;
  entered: ReturnType<typeof summarize>;
  painted: ReturnType<typeof summarize>;
  clockErrorMs: number;
}

/** What the observer pages saw, per observing origin: entered the page, and painted. */
async function pageFigures(
  pages: PageObserver[],
  sent: Map<string, number>,
): Promise<Record<string, PageFigures>> {
  const deadline = Date.now() + 5_000;
  let seen = await Promise.all(pages.map(seenIn));
  while (seen.some(({ painted }) => painted.size < sent.size) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await Promise.all(pages.map(seenIn));
  }
  const labels = [...new Set(pages.map(({ label }) => label))];
  return Object.fromEntries(
    labels.map((label) => {
      const mine = seen.filter((_, i) => pages[i]!.label === label);
      return [
        label,
        {
          pages: mine.length,
          entered: summarize(
            sent,
            mine.map(({ dom }) => dom),
          ),
          painted: summarize(
            sent,
            mine.map(({ painted }) => painted),
          ),
          clockErrorMs: Math.max(
            ...pages.filter((page) => page.label === label).map((p) => p.roundTripMs / 2),
          ),
        },
      ];
    }),
  );
}

/**
 * Typists on `typeAt`; OBSERVERS Node observers on each origin of `observeAt`, and PAGES browser
 * observers shared among them: warm-up, then the measured typing. Delivery figures per observing
 * origin (Node and, when the desk's editor shows the shared document, the browser), and among the
 * typists.
 */
async function typing(
  typeAt: string,
  observeAt: Record<string, string>,
  cookies: string[],
  storyId: string,
  browser: Browser | null,
) {
  const typists: Peer[] = [];
  const observers: Record<string, Peer[]> = {};
  const pages: PageObserver[] = [];
  let browserNote: string | null = browser ? null : NO_BROWSER_MESSAGE;
  try {
    for (let i = 0; i < TYPISTS; i++) {
      typists.push(await openPeer(typeAt, cookies[i]!, storyId, `typist ${i}`));
      if (CARETS) announce(typists[i]!, `Collab editor ${i + 1}`, COLOURS[i % COLOURS.length]!);
    }
    const labels = Object.keys(observeAt);
    for (const [label, at] of Object.entries(observeAt)) {
      observers[label] = [];
      for (let i = 0; i < OBSERVERS; i++)
        observers[label].push(
          await openPeer(at, cookies[TYPISTS + i]!, storyId, `observer ${label} ${i}`),
        );
    }
    if (browser) {
      for (let i = 0; i < PAGES; i++) {
        const label = labels[i % labels.length]!;
        const cookie = cookies[TYPISTS + OBSERVERS + i]!;
        pages.push(await openPageObserver(browser, observeAt[label]!, cookie, storyId, label));
      }
    }
    const peers = [...typists, ...Object.values(observers).flat()];
    const before = peers.map((peer) => peer.sentMessages.count);
    const warmUp = await typeFor(typists, WARM_UP_SECONDS, GAP_MS, CARETS);
    // Over the warm-up, when no socket has been closed yet.
    const rates = peers.map((peer, i) => (peer.sentMessages.count - before[i]!) / WARM_UP_SECONDS);
    if (pages.length > 0) {
      const live = await everyPageShows(pages, [...warmUp.keys()].at(-1)!);
      if (!live) {
        browserNote = "skipped: the desk's editor does not show keys typed by others live";
        for (const page of pages.splice(0)) await closePageObserver(page);
      }
      for (const page of pages) await watch(page);
    }
    const seen = Object.fromEntries(
      Object.entries(observers).map(([label, peers]) => [
        label,
        peers.map(() => new Map<string, number>()),
      ]),
    );
    const typistSeen = typists.map(() => new Map<string, number>());
    const stops = [
      ...Object.entries(observers).flatMap(([label, peers]) =>
        peers.map((peer, i) => observe(peer, seen[label]![i]!)),
      ),
      ...typists.map((peer, i) => observe(peer, typistSeen[i]!)),
    ];
    const sent = await typeFor(typists, SECONDS, GAP_MS, CARETS);
    await settle(sent, Object.values(seen).flat());
    for (const stop of stops) stop();
    return {
      keys: sent.size,
      keysPerSecond: round(sent.size / SECONDS),
      // What each socket sent, against the server's limit (lib/collab/limits.ts): a caret's
      // move reaches every provider in the room, and each sends it on again.
      messagesPerSecondPerSocket: {
        typists: round(Math.max(...rates.slice(0, TYPISTS))),
        observers: round(Math.max(...rates.slice(TYPISTS))),
        limit: MESSAGES_PER_SECOND,
        caretLimit: AWARENESS_PER_SECOND,
      },
      observers: Object.fromEntries(
        Object.entries(seen).map(([label, maps]) => [label, summarize(sent, maps)]),
      ),
      pages: pages.length > 0 ? await pageFigures(pages, sent) : (browserNote ?? 'none'),
      typists: othersSeen(typists, typistSeen, sent),
      closedByServer: closedBadly(peers),
    };
  } finally {
    for (const peer of [...typists, ...Object.values(observers).flat()]) peer.destroy();
    for (const page of pages) await closePageObserver(page);
  }
}

/** Whether a key typed on A reaches an observer on B within a few seconds. */
async function fansOut(a: string, b: string, cookies: string[], storyId: string) {
  const typist = await openPeer(a, cookies[0]!, storyId, 'probe typist');
  const observer = await openPeer(b, cookies[1]!, storyId, 'probe observer');
  try {
    const seen = new Map<string, number>();
    observe(observer, seen);
    typeKey(typist, 0, `${marker(0, 0, 0)} `);
    await until('fan-out', () => seen.size > 0, 5_000);
    return true;
  } catch {
    return false;
  } finally {
    typist.destroy();
    observer.destroy();
  }
}

async function redisAnswers(url: string) {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function printTyping(figures: Awaited<ReturnType<typeof typing>>) {
  const rows: Record<string, unknown> = {};
  for (const [label, row] of Object.entries(figures.observers)) rows[`node ${label}`] = row;
  if (typeof figures.pages === 'string') console.log(`browser pages ${figures.pages}`);
  else
    for (const [label, row] of Object.entries(figures.pages)) {
      rows[`page ${label} entered`] = row.entered;
      rows[`page ${label} painted`] = row.painted;
    }
  rows['typists (each other)'] = figures.typists;
  console.table(rows);
  const rate = figures.messagesPerSecondPerSocket;
  console.log(
    `messages sent a second per socket: typists up to ${rate.typists}, observers up to ` +
      `${rate.observers}, most of them carets (the server's limits: ${rate.limit} changes and ` +
      `${rate.caretLimit} caret messages a second)`,
  );
  if (figures.closedByServer.length > 0)
    console.log('closed by the server:', figures.closedByServer.join(', '));
}

/** Met when the p95 is under the target and every key reached every observer on one socket. */
function verdict(p95: number | null, lost: number, closed: number) {
  return p95 !== null && p95 < TARGET_P95_MS && lost === 0 && closed === 0 ? 'PASS' : 'FAIL';
}

async function main() {
  buildIfNeeded();
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const redisUrl = process.env.REDIS_URL || process.env.TEST_REDIS_URL;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-collab-'));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'dateline_collab') : null;
  const target: DatabaseTarget = scratch
    ? { kind: 'postgres', url: scratch.url }
    : { kind: 'pglite', dir: path.join(dataDir, 'pglite') };
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: scratch?.url ?? '',
    DATA_DIR: dataDir,
    DEMO_PASSWORD: PASSWORD,
    AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    SCHEDULER: 'off',
    REDIS_URL: '',
  };
  const running: Server[] = [];
  const chromiumFound = findChromium();
  let browser: Browser | null = null;
  const results: Record<string, unknown> = {
    database: scratch ? 'PostgreSQL' : 'PGlite',
    typists: TYPISTS,
    observers: OBSERVERS,
    meanKeyGapMs: GAP_MS,
    carets: CARETS,
    seconds: SECONDS,
  };
  try {
    console.log(`collab: seeding ${results.database as string}…`);
    await runScript('scripts/seed.ts', baseEnv);
    const prepared = await prepare(target);

    // One instance, as most newsrooms run it: memory, then remote keystrokes.
    const single = await startServer(
      'single',
      PORT_A,
      {
        ...baseEnv,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:${INSPECTOR_PORT}`,
      },
      dataDir,
    );
    running.push(single);
    const cookies: string[] = [];
    for (const { email } of prepared.staff)
      cookies.push(await signInOverHttp(origin(PORT_A), email, PASSWORD));

    console.log(`collab: memory with ${DOCS} stories open…`);
    const mem = await memory(single, cookies, prepared);
    results.memory = mem;
    console.log(
      '2 Server memory after GC (MiB): none open, one, all, closed, opened and closed again',
    );
    console.table({
      none: mem.none,
      one: mem.one,
      all: mem.all,
      closed: mem.closedAgain,
      'closed twice': mem.closedTwice,
    });
    console.log(
      `2 Per open story (~1,000 words, ${mem.documentBytes} bytes as Yjs state), bytes:`,
      mem.bytesPerDocument,
    );

    console.log(`collab: ${TYPISTS} typists for ${SECONDS} s…`);
    if (chromiumFound)
      browser = await chromium.launch({
        ...chromiumFound,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
      });
    const one = await typing(
      origin(PORT_A),
      { same: origin(PORT_A) },
      cookies,
      prepared.shared,
      browser,
    );
    results.remoteKeystrokes = one;
    console.log('1 Remote keystrokes (ms from typed to received):');
    printTyping(one);
    const painted = typeof one.pages === 'string' ? null : one.pages.same!.painted;
    const measured = painted ?? one.observers.same!;
    const where = painted ? 'painted in the browser pages' : 'at the Node observers';
    const result = verdict(measured.p95_ms, measured.lost, one.closedByServer.length);
    console.log(
      `1 ${result}: p95 ${measured.p95_ms} ms ${where} (target under ${TARGET_P95_MS} ms), ` +
        `${measured.lost} keys lost, ${one.closedByServer.length} sockets closed by the server`,
    );
    results.verdict = { ...measured, where, targetMs: TARGET_P95_MS, result };
    await stopServer(single.child);
    running.splice(0);

    // Two instances on one database, sharing documents through Redis.
    if (!scratch || !redisUrl) {
      results.fanOut = 'skipped: needs PostgreSQL (TEST_DATABASE_URL) and Redis (TEST_REDIS_URL)';
    } else if (!(await redisAnswers(redisUrl))) {
      results.fanOut = `skipped: Redis does not answer`;
    } else {
      const clusterEnv = {
        ...baseEnv,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: `${new URL(scratch.url).pathname.slice(1)}:`,
      };
      const [a, b] = await Promise.all([
        startServer('A', PORT_A, clusterEnv, dataDir),
        startServer('B', PORT_B, clusterEnv, dataDir),
      ]);
      running.push(a, b);
      const cookiesB = cookies; // one AUTH_SECRET: a session of A is good on B
      if (!(await fansOut(origin(PORT_A), origin(PORT_B), cookiesB, prepared.shared))) {
        results.fanOut = 'skipped: a key typed on A did not reach B within 5 s (no fan-out)';
      } else {
        console.log(`collab: fan-out, ${TYPISTS} typists on A, observers on A and B…`);
        const two = await typing(
          origin(PORT_A),
          { AtoA: origin(PORT_A), AtoB: origin(PORT_B) },
          cookies,
          prepared.shared,
          browser,
        );
        results.fanOut = two;
        console.log('3 Fan-out (ms from typed on A to received on A, and on B):');
        printTyping(two);
      }
    }
    if (typeof results.fanOut === 'string') console.log(`3 Fan-out ${results.fanOut}`);
    writeResults('collab', results);
  } catch (error) {
    for (const { name, log } of running) {
      console.error(`server ${name} said (last lines):`);
      console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n'));
    }
    throw error;
  } finally {
    await browser?.close();
    for (const { child } of running) await stopServer(child);
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
