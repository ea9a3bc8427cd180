// npx tsx bench/media.ts — image processing for one 12-megapixel photo (4000 × 3000 JPEG, as a
// phone or a compact camera files it): header checks, one decode, nine renditions. This is the
// part that dominates upload-to-ready; writing the original and renditions to storage is
// measured by the app's own upload path, not here. Prints a table (p50 and max of BENCH_RUNS
// runs, default 5, the renditions and their bytes, resident memory before and at peak) and
// writes bench/results/media-<date>.json.
//
// On glibc, resident memory climbs over repeated runs as each encoder thread's malloc arena keeps
// freed memory; run with MALLOC_ARENA_MAX=2 (or jemalloc preloaded) to see the level a
// production process would hold at. The setting is recorded in the results.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { processImage } from '@/lib/media/process';
import { runCli } from '@/scripts/cli';

const RUNS = Number(process.env.BENCH_RUNS) || 5;
const WIDTH = 4_000;
const HEIGHT = 3_000;
const SAMPLE_MS = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const mb = (bytes: number) => Number((bytes / (1024 * 1024)).toFixed(1));

/**
 * Broad shapes, mid-sized waves, fine texture and sensor-like noise, so that both the upload and
 * the downscaled renditions compress about as a real photo does (about 5 MB at quality 90). A
 * flat test card, or noise alone, which averages out when shrunk, would flatter the encoders.
 */
async function photo(): Promise<Buffer> {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 3;
      const broad = 50 * Math.sin(x / 310 + 2 * Math.sin(y / 170)) * Math.cos(y / 230);
      const waves = 30 * Math.sin((x + 2 * y) / 23 + 3 * Math.sin(x / 61));
      const texture = 20 * Math.sin(x / 3.1 + y / 4.7) * Math.sin((x * y) / 9_000);
      const noise = Math.random() * 36;
      pixels[i] = 120 + broad + waves + texture + noise;
      pixels[i + 1] = 110 + 0.8 * broad - waves + texture + noise;
      pixels[i + 2] = 100 - broad + 0.5 * waves - texture + Math.random() * 36;
    }
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The highest resident set size seen until stop() is called, sampled every SAMPLE_MS. */
function watchMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function main() {
  const input = await photo();
  const rssBefore = process.memoryUsage().rss;

  const times: number[] = [];
  // After each run: a steady climb would be a leak; a level after the first few is the allocator
  // keeping freed memory for reuse.
  const rssAfterRuns: number[] = [];
  let last: Awaited<ReturnType<typeof processImage>> | undefined;
  const memory = watchMemory();
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    last = await processImage(input);
    times.push(performance.now() - started);
    rssAfterRuns.push(mb(process.memoryUsage().rss));
  }
  const rssPeak = memory.stop();
  times.sort((a, b) => a - b);

  const summary = {
    input: `${WIDTH} × ${HEIGHT} JPEG, ${mb(input.length)} MB`,
    runs: RUNS,
    p50_ms: Math.round(percentile(times, 50)),
    max_ms: Math.round(times.at(-1)!),
    rss_before_mb: mb(rssBefore),
    rss_peak_mb: mb(rssPeak),
  };
  console.log(`resident memory after each run (MB): ${rssAfterRuns.join(', ')}`);
  const renditions = last!.renditions.map((r) => ({
    width: r.width,
    height: r.height,
    format: r.format,
    kb: Number((r.body.length / 1024).toFixed(1)),
  }));

  console.log(
    `Image processing (${os.cpus().length} CPUs, sharp ${sharp.versions.sharp}, ` +
      `libvips threads per image: ${sharp.concurrency()}):`,
  );
  console.table([summary]);
  console.table(renditions);

  const out = path.join('bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `media-${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        cpus: os.cpus().length,
        node: process.version,
        sharp: sharp.versions.sharp,
        vipsConcurrency: sharp.concurrency(),
        mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
        results: {
          ...summary,
          input_bytes: input.length,
          rss_after_runs_mb: rssAfterRuns,
          renditions,
        },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${file}`);
}

runCli(main);
