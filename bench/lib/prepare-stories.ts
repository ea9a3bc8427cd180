// Files BENCH_STORIES (default 20) stories as the demo correspondent and submits them, in the
// database the environment names, before the benchmark's server starts; prints their ids, slugs
// and versions as JSON for the publish-to-visible measurement.
import { asc, eq } from 'drizzle-orm';
import { getDatabaseHandle } from '@/db';
import { sections, stories, users } from '@/db/schema';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { transitionStory } from '@/lib/services/workflow';

async function main() {
  const count = Number(process.env.BENCH_STORIES) || 20;
  const handle = await getDatabaseHandle();
  const { db } = handle;
  try {
    const [reporter] = await db
      .select()
      .from(users)
      .where(eq(users.email, 'correspondent@dateline.test'));
    const [section] = await db.select().from(sections).orderBy(asc(sections.position)).limit(1);
    const actor = { id: reporter!.id, role: reporter!.role, active: true };
    const filed = [];
    for (let i = 0; i < count; i++) {
      const headline = `Benchmark Dispatch ${i + 1} ${Date.now().toString(36)}`;
      const { id } = await createStory(db, actor, { headline });
      const state = await loadEditorState(db, actor, id);
      const { featuredMediaId: _media, ...meta } = state.meta;
      await saveStory(db, actor, id, {
        baseVersion: state.version,
        meta: { ...meta, dateline: 'Washington D.C.', sectionId: section!.id },
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A short dispatch.' }] }],
        },
      });
      const saved = await loadEditorState(db, actor, id);
      const { version } = await transitionStory(db, actor, id, {
        transition: 'submit',
        baseVersion: saved.version,
      });
      const [row] = await db.select({ slug: stories.slug }).from(stories).where(eq(stories.id, id));
      filed.push({ id, slug: row!.slug, version });
    }
    process.stdout.write(`${JSON.stringify(filed)}\n`);
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
