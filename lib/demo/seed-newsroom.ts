// The demo newsroom: sections, four staff, tags and a few dozen original dispatches, a dozen of
// them in Russian and Azerbaijani (some translations of English ones, linked in their group).
// Idempotent: rows that already exist (by email or slug) are left as they are.
import { and, eq, inArray, sql } from 'drizzle-orm';
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
import { DEMO_LOCAL_DISPATCHES, type DemoLocalDispatch } from './seed-data/dispatches-ru-az';
import { hashPassword } from '@/lib/auth/password';
import { bodyToPlainText, type BodyNode, type StoryBody } from '@/lib/story-body';

export const DEMO_SECTIONS = [
  { slug: 'politics', name: 'Politics', names: { ru: 'Политика', az: 'Siyasət' } },
  { slug: 'economy', name: 'Economy', names: { ru: 'Экономика', az: 'İqtisadiyyat' } },
  { slug: 'world', name: 'World', names: { ru: 'В мире', az: 'Dünya' } },
  { slug: 'region', name: 'Region', names: { ru: 'Регион', az: 'Region' } },
  { slug: 'security', name: 'Security', names: { ru: 'Безопасность', az: 'Təhlükəsizlik' } },
  { slug: 'energy', name: 'Energy', names: { ru: 'Энергетика', az: 'Enerji' } },
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

// Quotation marks as each language sets them: Russian and Azerbaijani use guillemets.
const QUOTES: Record<string, [string, string]> = { en: ['“', '”'], ru: ['«', '»'], az: ['«', '»'] };

function blockToNode(block: DemoBlock, language: string): BodyNode {
  const [open, close] = QUOTES[language] ?? QUOTES.en!;
  if ('p' in block) return paragraph(block.p);
  if ('quote' in block) {
    return { type: 'blockquote', content: [paragraph(`${open}${block.quote}${close}`)] };
  }
  if ('h2' in block) return { type: 'heading', attrs: { level: 2 }, content: [text(block.h2)] };
  return {
    type: 'bulletList',
    content: block.list.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

export function demoBody(blocks: DemoBlock[], language = 'en'): StoryBody {
  return { type: 'doc', content: blocks.map((block) => blockToNode(block, language)) };
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * The English dispatch a demo translation was made from: its id, its published revision (the text
 * translated), and its translation group, which becomes its own id if it had none (as
 * lib/services/translations.ts does when the desk translates a story).
 */
async function translationSource(tx: Transaction, slug: string) {
  const [row] = await tx
    .select({
      id: stories.id,
      groupId: stories.translationGroupId,
      revisionId: stories.publishedRevisionId,
    })
    .from(stories)
    .where(eq(stories.slug, slug));
  if (!row?.revisionId) throw new Error(`The demo translates ${slug}, which is not published.`);
  if (!row.groupId) {
    await tx.update(stories).set({ translationGroupId: row.id }).where(eq(stories.id, row.id));
  }
  return { id: row.id, groupId: row.groupId ?? row.id, revisionId: row.revisionId };
}

/** How many stories the demo newsroom files, in every language and state. */
export const DEMO_STORY_COUNT =
  DEMO_DISPATCHES.length + DEMO_DRAFTS.length + DEMO_LOCAL_DISPATCHES.length;

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
    // A newsroom seeded before sections and tags had names per language gets them, where it has
    // none yet (a name given on the desk is left as it is).
    for (const { slug, names } of DEMO_SECTIONS) {
      await tx
        .update(sections)
        .set({ names })
        .where(and(eq(sections.slug, slug), sql`${sections.names} = '{}'::jsonb`));
    }
    for (const { slug, names } of DEMO_TAGS) {
      await tx
        .update(tags)
        .set({ names })
        .where(and(eq(tags.slug, slug), sql`${tags.names} = '{}'::jsonb`));
    }

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

    // The English ones first: a translation links to its source, found by its slug.
    const all: { dispatch: DemoDispatch | DemoLocalDispatch; state: StoryState }[] = [
      ...DEMO_DISPATCHES.map((dispatch) => ({ dispatch, state: 'published' as const })),
      ...DEMO_DRAFTS.map((dispatch, index) => ({
        dispatch,
        state: (index % 2 === 0 ? 'draft' : 'submitted') as StoryState,
      })),
      ...DEMO_LOCAL_DISPATCHES.map((dispatch) => ({ dispatch, state: 'published' as const })),
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
      const language = 'language' in dispatch ? dispatch.language : 'en';
      const body = demoBody(dispatch.body, language);
      const published = state === 'published';
      const source =
        'translationOf' in dispatch && dispatch.translationOf
          ? await translationSource(tx, dispatch.translationOf)
          : null;

      const [story] = await tx
        .insert(stories)
        .values({
          state,
          language,
          ...(source
            ? {
                translationGroupId: source.groupId,
                translatedFromId: source.id,
                translatedFromRevisionId: source.revisionId,
              }
            : {}),
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
