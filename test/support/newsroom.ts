// People, sections and filed stories for tests and benchmarks, made through the services, as the
// desk makes them.
import crypto from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '@/db/open';
import { sections, stories, users } from '@/db/schema';
import { insertStaff } from '@/lib/services/users';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { transitionStory } from '@/lib/services/workflow';

export const TEST_PASSWORD = 'a long enough password';

/** A member of staff with a unique email, as the actor services take (plus the email). */
export async function createTestStaff(
  handle: DatabaseHandle,
  role: 'correspondent' | 'editor' | 'admin',
): Promise<{ id: string; role: typeof role; active: true; email: string }> {
  const tag = crypto.randomBytes(4).toString('hex');
  const user = await insertStaff(
    handle.db,
    { email: `${role}-${tag}@dateline.test`, displayName: `${role} ${tag}`, role, title: '' },
    TEST_PASSWORD,
    null,
  );
  return { id: user.id, role, active: true, email: user.email };
}

/** A section to file test stories in; answers its id. */
export async function createTestSection(
  handle: DatabaseHandle,
  slug: string,
  name: string,
): Promise<string> {
  const [section] = await handle.db.insert(sections).values({ slug, name }).returning();
  return section!.id;
}

export interface FiledStory {
  id: string;
  slug: string;
  /** The version after submission: what the next workflow step must name as its base. */
  version: number;
}

/**
 * Files `count` short stories as the demo correspondent (in the first section, datelined) and
 * submits them, ready for an editor to publish or schedule: the benchmarks and the system tests
 * start from these on a seeded demo newsroom.
 */
export async function fileDemoStories(
  db: Database,
  count: number,
  label = 'Dispatch',
): Promise<FiledStory[]> {
  const [reporter] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'correspondent@dateline.test'));
  const [section] = await db.select().from(sections).orderBy(asc(sections.position)).limit(1);
  if (!reporter || !section) throw new Error('fileDemoStories needs the demo newsroom (db:seed)');
  const actor = { id: reporter.id, role: reporter.role, active: true };
  const run = crypto.randomBytes(3).toString('hex');
  const filed: FiledStory[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await createStory(db, actor, { headline: `${label} ${i + 1} ${run}` });
    const state = await loadEditorState(db, actor, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(db, actor, id, {
      baseVersion: state.version,
      meta: { ...meta, dateline: 'Washington D.C.', sectionId: section.id },
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
  return filed;
}
