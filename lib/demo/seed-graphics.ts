// The demo dispatches' featured images: bar charts of the figures they report (seed-data/charts.ts),
// drawn as SVG at seed time, turned into PNG by sharp and stored through the media library as an
// upload is (lib/services/media-upload.ts), with alt text, caption and credit. Idempotent: the
// same chart is the same bytes, so the library finds it again, and a story that already has a
// featured image keeps it.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '@/db/open';
import { revisions, stories, users, type RevisionMeta } from '@/db/schema';
import { DEMO_CHART_CREDIT, DEMO_CHARTS, type DemoChart } from './seed-data/charts';
import { uploadMedia } from '@/lib/services/media-upload';
import { mediaStorage } from '@/lib/media/storage';
import type { MediaStorage } from '@/lib/media/types';

const WIDTH = 1200;
const HEIGHT = 800;
const INK = '#16181d';
const PAPER = '#fdfcfa';
const ACCENT = '#a3161a';
const MUTED = '#5b6270';
const RULE = '#e2e0db';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const number = (value: number) =>
  (value < 0 ? '−' : '') + Math.abs(value).toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** A horizontal bar chart, with a zero line when some values are below it. */
export function chartSvg(chart: DemoChart): string {
  const left = 360;
  const right = WIDTH - 140;
  const top = 200;
  const bottom = HEIGHT - 110;
  const values = chart.bars.map((bar) => bar.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const x = (value: number) => left + ((value - min) / (max - min)) * (right - left);
  const band = (bottom - top) / chart.bars.length;
  const barHeight = Math.min(90, band * 0.62);
  const bars = chart.bars
    .map((bar, index) => {
      const y = top + index * band + (band - barHeight) / 2;
      const from = x(Math.min(0, bar.value));
      const to = x(Math.max(0, bar.value));
      // A value below zero is written inside its bar, whose far end meets the labels.
      const inside = bar.value < 0;
      const labelX = inside ? from + 14 : to + 14;
      return [
        `<text x="${left - 24}" y="${y + barHeight / 2 + 11}" text-anchor="end" font-size="30" fill="${INK}">${escape(bar.label)}</text>`,
        `<rect x="${from}" y="${y}" width="${Math.max(2, to - from)}" height="${barHeight}" fill="${bar.highlight ? ACCENT : INK}"/>`,
        `<text x="${labelX}" y="${y + barHeight / 2 + 12}" font-size="34" font-weight="bold" fill="${inside ? PAPER : INK}">${number(bar.value)}</text>`,
      ].join('');
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
<rect width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>
<rect x="0" y="0" width="${WIDTH}" height="12" fill="${ACCENT}"/>
<text x="60" y="100" font-size="46" font-weight="bold" font-family="DejaVu Serif, Liberation Serif, Georgia, serif" fill="${INK}">${escape(chart.title)}</text>
<text x="60" y="150" font-size="28" fill="${MUTED}">${escape(chart.unit)}</text>
<line x1="${x(0)}" y1="${top - 20}" x2="${x(0)}" y2="${bottom + 10}" stroke="${MUTED}" stroke-width="2"/>
${bars}
<line x1="60" y1="${HEIGHT - 80}" x2="${WIDTH - 60}" y2="${HEIGHT - 80}" stroke="${RULE}" stroke-width="2"/>
<text x="60" y="${HEIGHT - 36}" font-size="24" fill="${MUTED}">Source: ${escape(chart.source)}</text>
<text x="${WIDTH - 60}" y="${HEIGHT - 36}" text-anchor="end" font-size="24" font-weight="bold" fill="${INK}">Dateline</text>
</svg>`;
}

/** Draws each demo chart, stores it, and makes it its dispatch's featured image. */
export async function seedDemoGraphics(
  db: Database,
  storage: MediaStorage = mediaStorage(),
): Promise<number> {
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@dateline.test'));
  if (!admin) return 0;
  const actor = { id: admin.id, role: admin.role, active: true };
  const targets = await db
    .select({ id: stories.id, slug: stories.slug, revisionId: stories.publishedRevisionId })
    .from(stories)
    .where(
      and(
        inArray(
          stories.slug,
          DEMO_CHARTS.map((chart) => chart.slug),
        ),
        isNull(stories.featuredMediaId),
      ),
    );
  let placed = 0;
  for (const chart of DEMO_CHARTS) {
    const story = targets.find((row) => row.slug === chart.slug);
    if (!story) continue;
    const png = await sharp(Buffer.from(chartSvg(chart)))
      .png()
      .toBuffer();
    const { item } = await uploadMedia(db, storage, actor, png, {
      alt: chart.alt,
      caption: chart.caption,
      credit: DEMO_CHART_CREDIT,
    });
    await db.transaction(async (tx) => {
      await tx.update(stories).set({ featuredMediaId: item.id }).where(eq(stories.id, story.id));
      if (story.revisionId) {
        const [revision] = await tx
          .select({ meta: revisions.meta })
          .from(revisions)
          .where(eq(revisions.id, story.revisionId));
        const meta: RevisionMeta = { ...revision!.meta, featuredMediaId: item.id };
        await tx.update(revisions).set({ meta }).where(eq(revisions.id, story.revisionId));
      }
    });
    placed++;
  }
  return placed;
}
