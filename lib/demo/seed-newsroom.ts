// The demo newsroom: sections, four staff, tags and a few dozen original dispatches.
// Idempotent: rows that already exist (by email or slug) are left as they are.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/open';
import {
  revisions,
  sections,
  stories,
  storyAuthors,
  storyTags,
  tags,
  users,
  type Role,
  type RevisionMeta,
  type StoryState,
} from '@/db/schema';
import {
  DEMO_DISPATCHES,
  DEMO_DRAFTS,
  DEMO_TAGS,
  type DemoAuthor,
  type DemoBlock,
  type DemoDispatch,
} from './seed-data/dispatches';
import { hashPassword } from '@/lib/auth/password';
import { bodyToPlainText, type BodyNode, type StoryBody } from '@/lib/story-body';

export const DEMO_SECTIONS = [
  { slug: 'politics', name: 'Politics' },
  { slug: 'economy', name: 'Economy' },
  { slug: 'world', name: 'World' },
  { slug: 'region', name: 'Region' },
  { slug: 'security', name: 'Security' },
  { slug: 'energy', name: 'Energy' },
] as const;

export const DEMO_USERS: {
  key: DemoAuthor | 'admin';
  email: string;
  role: Role;
  displayName: string;
  handle: string;
  title: string;
}[] = [
  {
    key: 'admin',
    email: 'admin@dateline.test',
    role: 'admin',
    displayName: 'Newsroom Admin',
    handle: 'admin',
    title: 'Newsroom administrator',
  },
  {
    key: 'editor',
    email: 'editor@dateline.test',
    role: 'editor',
    displayName: 'Home Desk Editor',
    handle: 'home-desk',
    title: 'Home desk editor, London',
  },
  {
    key: 'correspondent',
    email: 'correspondent@dateline.test',
    role: 'correspondent',
    displayName: 'Washington Correspondent',
    handle: 'washington',
    title: 'Washington correspondent',
  },
  {
    key: 'correspondent2',
    email: 'correspondent2@dateline.test',
    role: 'correspondent',
    displayName: 'Brussels Correspondent',
    handle: 'brussels',
    title: 'Brussels correspondent',
  },
];

const text = (value: string): BodyNode => ({ type: 'text', text: value });
const paragraph = (value: string): BodyNode => ({ type: 'paragraph', content: [text(value)] });

function blockToNode(block: DemoBlock): BodyNode {
  if ('p' in block) return paragraph(block.p);
  if ('quote' in block) return { type: 'blockquote', content: [paragraph(`“${block.quote}”`)] };
  if ('h2' in block) return { type: 'heading', attrs: { level: 2 }, content: [text(block.h2)] };
  return {
    type: 'bulletList',
    content: block.list.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

export function demoBody(blocks: DemoBlock[]): StoryBody {
  return { type: 'doc', content: blocks.map(blockToNode) };
}

export interface SeedResult {
  storiesCreated: number;
}

export async function seedDemoNewsroom(
  db: Database,
  { password, now = new Date() }: { password: string; now?: Date },
): Promise<SeedResult> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(
        DEMO_USERS.map(({ email, role, displayName, handle, title }) => ({
          ...{ email, role, displayName, handle, title },
          passwordHash,
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(sections)
      .values(DEMO_SECTIONS.map((section, position) => ({ ...section, position })))
      .onConflictDoNothing();
    await tx.insert(tags).values(DEMO_TAGS).onConflictDoNothing();

    const userRows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_USERS.map((user) => user.email),
        ),
      );
    const userIdByKey = new Map(
      DEMO_USERS.map((user) => [user.key, userRows.find((row) => row.email === user.email)!.id]),
    );
    const sectionIds = new Map(
      (await tx.select({ id: sections.id, slug: sections.slug }).from(sections)).map((row) => [
        row.slug,
        row.id,
      ]),
    );
    const tagIds = new Map(
      (await tx.select({ id: tags.id, slug: tags.slug }).from(tags)).map((row) => [
        row.slug,
        row.id,
      ]),
    );

    const all: { dispatch: DemoDispatch; state: StoryState }[] = [
      ...DEMO_DISPATCHES.map((dispatch) => ({ dispatch, state: 'published' as const })),
      ...DEMO_DRAFTS.map((dispatch, index) => ({
        dispatch,
        state: (index % 2 === 0 ? 'draft' : 'submitted') as StoryState,
      })),
    ];
    const existing = new Set(
      (
        await tx
          .select({ slug: stories.slug })
          .from(stories)
          .where(
            inArray(
              stories.slug,
              all.map(({ dispatch }) => dispatch.slug),
            ),
          )
      ).map((row) => row.slug),
    );

    let storiesCreated = 0;
    for (const { dispatch, state } of all) {
      if (existing.has(dispatch.slug)) continue;
      const at = new Date(now.getTime() - dispatch.hoursAgo * 3_600_000);
      const authorId = userIdByKey.get(dispatch.author)!;
      const sectionId = sectionIds.get(dispatch.section) ?? null;
      const storyTagIds = dispatch.tags.map((slug) => tagIds.get(slug)!).filter(Boolean);
      const body = demoBody(dispatch.body);
      const published = state === 'published';

      const [story] = await tx
        .insert(stories)
        .values({
          state,
          slug: dispatch.slug,
          headline: dispatch.headline,
          standfirst: dispatch.standfirst,
          dateline: dispatch.dateline,
          sectionId,
          priority: dispatch.priority,
          bodyText: bodyToPlainText(body),
          publishedAt: published ? at : null,
          createdBy: authorId,
          createdAt: at,
          modifiedAt: at,
        })
        .returning({ id: stories.id });
      const meta: RevisionMeta = {
        headline: dispatch.headline,
        standfirst: dispatch.standfirst,
        dateline: dispatch.dateline,
        slug: dispatch.slug,
        sectionId,
        priority: dispatch.priority,
        authorIds: [authorId],
        tagIds: storyTagIds,
        featuredMediaId: null,
      };
      const [revision] = await tx
        .insert(revisions)
        .values({
          storyId: story!.id,
          number: 1,
          body,
          meta,
          authorId,
          reason: published ? 'publish' : 'save',
          createdAt: at,
        })
        .returning({ id: revisions.id });
      await tx
        .update(stories)
        .set({
          workingRevisionId: revision!.id,
          publishedRevisionId: published ? revision!.id : null,
        })
        .where(eq(stories.id, story!.id));
      await tx.insert(storyAuthors).values({ storyId: story!.id, userId: authorId, position: 0 });
      if (storyTagIds.length) {
        await tx
          .insert(storyTags)
          .values(storyTagIds.map((tagId) => ({ storyId: story!.id, tagId })));
      }
      storiesCreated++;
    }
    return { storiesCreated };
  });
}
