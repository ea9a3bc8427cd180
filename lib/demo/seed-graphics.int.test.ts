import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { LocalStorage } from '@/lib/media/local-storage';
import { latestStories } from '@/lib/public/stories';
import { seedDemoNewsroom } from './seed-newsroom';
import { seedDemoGraphics } from './seed-graphics';
import { DEMO_CHARTS } from './seed-data/charts';
import { media, revisions, stories } from '@/db/schema';
import type { DatabaseHandle } from '@/db/open';

describe.each(testDatabaseKinds)("the demo dispatches' charts on %s", (kind) => {
  let handle: DatabaseHandle;
  let dir: string;
  let storage: LocalStorage;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-charts-'));
    storage = new LocalStorage(dir);
    await seedDemoNewsroom(handle.db, { password: 'demo-password-for-tests' });
  });
  afterAll(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws a chart for each chosen dispatch, with alt text and credit, once', async () => {
    expect(await seedDemoGraphics(handle.db, storage)).toBe(DEMO_CHARTS.length);
    const rows = await handle.db
      .select({
        slug: stories.slug,
        alt: media.alt,
        credit: media.credit,
        mimeType: media.mimeType,
        revisionMeta: revisions.meta,
        mediaId: media.id,
      })
      .from(stories)
      .innerJoin(media, eq(media.id, stories.featuredMediaId))
      .innerJoin(revisions, eq(revisions.id, stories.publishedRevisionId))
      .where(isNotNull(stories.featuredMediaId));
    expect(rows.map((row) => row.slug).sort()).toEqual(DEMO_CHARTS.map((c) => c.slug).sort());
    for (const row of rows) {
      expect(row.alt).toMatch(/^Bar chart/);
      expect(row.credit).toBe('Dateline graphic');
      expect(row.mimeType).toBe('image/png');
      expect(row.revisionMeta.featuredMediaId).toBe(row.mediaId);
    }
    // Readers' cards carry the picture.
    const cards = await latestStories(handle.db, { limit: 5 });
    expect(cards[0]?.image?.alt).toMatch(/Monetary Policy Committee/);

    expect(await seedDemoGraphics(handle.db, storage)).toBe(0);
    expect((await handle.db.select({ id: media.id }).from(media)).length).toBe(DEMO_CHARTS.length);
  });
});
