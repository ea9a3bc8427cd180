import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, fingerprint, testDatabaseKinds } from '@/test/support/databases';
import { createTestStaff } from '@/test/support/newsroom';
import { queryRows, type DatabaseHandle } from '@/db/open';
import { revisions, stories } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import type { StoryBody } from '@/lib/story-body';
import { createStory, loadEditorState, saveStory, type EditorState } from './stories';
import { listRevisions, restoreRevision } from './story-history';

const body = (text: string): StoryBody => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function saveInput(state: EditorState, text: string, extra: Record<string, unknown> = {}) {
  const { headline, standfirst, dateline, slug, sectionId, priority, authorIds, tagIds } =
    state.meta;
  const meta = { headline, standfirst, dateline, slug, sectionId, priority, authorIds, tagIds };
  return { baseVersion: state.version, meta, body: body(text), ...extra };
}

describe.each(testDatabaseKinds)('editing stories on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let colleague: Actor;
  let editor: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    colleague = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
  });
  afterAll(() => handle.close());

  async function newStory(headline = 'Port Security Hearing Opens') {
    const { id } = await createStory(handle.db, author, { headline });
    return loadEditorState(handle.db, author, id);
  }

  it('saves the working copy, bumps the version and follows the headline with the slug', async () => {
    const story = await newStory('Senate Opens Hearing');
    const input = saveInput(story, 'First paragraph.');
    input.meta.headline = 'Senate Opens Port Hearing';
    const result = await saveStory(handle.db, author, story.id, input);
    expect(result.version).toBe(story.version + 1);
    expect(result.slug).toBe('senate-opens-port-hearing');
    const reloaded = await loadEditorState(handle.db, author, story.id);
    expect(reloaded.body).toEqual(body('First paragraph.'));
    expect(reloaded.meta.headline).toBe('Senate Opens Port Hearing');
  });

  it('numbers the slug when another story has it', async () => {
    const first = await newStory('Same Headline Twice');
    const second = await newStory('Same Headline Twice');
    const [a, b] = await Promise.all(
      [first, second].map((s) => loadEditorState(handle.db, author, s.id)),
    );
    const slugs = await Promise.all(
      [a!, b!].map(async (s) => (await saveStory(handle.db, author, s.id, saveInput(s, 'x'))).slug),
    );
    expect(new Set(slugs).size).toBe(2);
    expect(slugs).toContain('same-headline-twice');
  });

  it('refuses a stale save with a conflict and writes nothing', async () => {
    const story = await newStory();
    await saveStory(handle.db, editor, story.id, saveInput(story, 'The editor was first.'));
    const before = await fingerprint(handle, ['stories', 'revisions']);
    await expect(
      saveStory(handle.db, author, story.id, saveInput(story, 'The author, too late.')),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
    expect((await loadEditorState(handle.db, author, story.id)).body).toEqual(
      body('The editor was first.'),
    );
  });

  it('refuses NUL anywhere in a save, metadata or body, as invalid input, and writes nothing', async () => {
    const story = await newStory();
    const before = await fingerprint(handle, ['stories', 'revisions']);
    const withNul = saveInput(story, 'Harbour\u0000 talks');
    await expect(saveStory(handle.db, author, story.id, withNul)).rejects.toMatchObject({
      code: 'invalid',
      fields: { 'body.content.0.content.0.text': expect.stringMatching(/NUL/) },
    });
    const inHeadline = saveInput(story, 'Harbour talks');
    inHeadline.meta.headline = 'Port\u0000 Security';
    await expect(saveStory(handle.db, author, story.id, inHeadline)).rejects.toMatchObject({
      code: 'invalid',
      fields: { 'meta.headline': expect.any(String) },
    });
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
  });

  it('answers a retried save (same save id) as saved, without a second revision', async () => {
    const story = await newStory();
    const input = saveInput(story, 'Sent twice.', { saveId: 'retry-id-12345' });
    const first = await saveStory(handle.db, author, story.id, input);
    const again = await saveStory(handle.db, author, story.id, input);
    expect(again.version).toBe(first.version);
    const { revisions: list } = await listRevisions(handle.db, author, story.id);
    expect(list).toHaveLength(1);
  });

  it('folds one person’s autosaves into one revision, and starts a new one for someone else', async () => {
    const story = await newStory();
    let state = story;
    for (const text of ['One.', 'One. Two.', 'One. Two. Three.']) {
      await saveStory(handle.db, author, story.id, saveInput(state, text));
      state = await loadEditorState(handle.db, author, story.id);
    }
    expect((await listRevisions(handle.db, author, story.id)).revisions).toHaveLength(1);
    await saveStory(handle.db, editor, story.id, saveInput(state, 'Edited by the desk.'));
    const { revisions: list } = await listRevisions(handle.db, author, story.id);
    expect(list.map((r) => r.number)).toEqual([2, 1]);
  });

  it('restores an old revision as a new one, destroying nothing', async () => {
    const story = await newStory();
    await saveStory(handle.db, author, story.id, saveInput(story, 'Original text.'));
    let state = await loadEditorState(handle.db, author, story.id);
    await saveStory(handle.db, editor, story.id, saveInput(state, 'Desk rewrite.'));
    state = await loadEditorState(handle.db, author, story.id);
    const restored = await restoreRevision(handle.db, author, story.id, {
      revisionNumber: 1,
      baseVersion: state.version,
    });
    const { revisions: list } = await listRevisions(handle.db, author, story.id);
    expect(list.map((r) => [r.number, r.reason])).toEqual([
      [3, 'restore of #1'],
      [2, 'save'],
      [1, 'save'],
    ]);
    expect(restored.revisionNumber).toBe(3);
    expect((await loadEditorState(handle.db, author, story.id)).body).toEqual(
      body('Original text.'),
    );
  });

  it('keeps a correspondent out of a colleague’s story, changing nothing', async () => {
    const story = await newStory();
    const before = await fingerprint(handle, ['stories', 'revisions']);
    await expect(loadEditorState(handle.db, colleague, story.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      saveStory(handle.db, colleague, story.id, saveInput(story, 'Not mine to write.')),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      restoreRevision(handle.db, colleague, story.id, { revisionNumber: 1, baseVersion: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
  });

  it('lets the author edit a draft but not a submitted story; editors edit both', async () => {
    const story = await newStory();
    await handle.db.update(stories).set({ state: 'submitted' }).where(eq(stories.id, story.id));
    await expect(
      saveStory(handle.db, author, story.id, saveInput(story, 'After submission.')),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      saveStory(handle.db, editor, story.id, saveInput(story, 'Desk edit.')),
    ).resolves.toMatchObject({ version: story.version + 1 });
  });

  it('refuses mass-assigned fields and hostile bodies, changing nothing', async () => {
    const story = await newStory();
    const before = await fingerprint(handle, ['stories', 'revisions']);
    const hostile: unknown[] = [
      { ...saveInput(story, 'x'), state: 'published' },
      { ...saveInput(story, 'x'), meta: { ...saveInput(story, 'x').meta, publishedAt: 'now' } },
      {
        ...saveInput(story, 'x'),
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'x',
                  marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                },
              ],
            },
          ],
        },
      },
      { ...saveInput(story, 'x'), body: { type: 'doc', content: [{ type: 'iframe' }] } },
      { ...saveInput(story, 'x'), meta: { ...saveInput(story, 'x').meta, authorIds: [] } },
      {
        ...saveInput(story, 'x'),
        meta: { ...saveInput(story, 'x').meta, headline: 'h'.repeat(201) },
      },
      'not an object',
    ];
    for (const input of hostile) {
      await expect(saveStory(handle.db, author, story.id, input)).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
  });

  it('saves metadata alone: the body stays, and stores of the shared body are no conflict', async () => {
    const story = await newStory('Harbour Fees Rise');
    const { body: _body, ...metaOnly } = saveInput(story, 'unused');
    const baseMeta = metaOnly.meta;
    // The shared document stores a body meanwhile (as lib/collab/server.ts does): version moves.
    await saveStory(handle.db, editor, story.id, saveInput(story, 'Typed together.'));
    const input = { ...metaOnly, baseMeta, meta: { ...baseMeta, dateline: 'Rotterdam' } };
    const saved = await saveStory(handle.db, author, story.id, input);
    expect(saved.version).toBe(story.version + 2);
    const after = await loadEditorState(handle.db, author, story.id);
    expect(after.body).toEqual(body('Typed together.'));
    expect(after.meta.dateline).toBe('Rotterdam');
    // The same save again (its answer lost on the way) is answered as saved, writing nothing.
    const before = await fingerprint(handle, ['stories', 'revisions']);
    expect((await saveStory(handle.db, author, story.id, input)).version).toBe(saved.version);
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
  });

  it('refuses a metadata-only save when the metadata moved since, and writes nothing', async () => {
    const story = await newStory('Ferry Timetable Changes');
    const { body: _body, ...metaOnly } = saveInput(story, 'unused');
    const baseMeta = metaOnly.meta;
    const desk = saveInput(story, 'Desk text.');
    await saveStory(handle.db, editor, story.id, {
      ...desk,
      meta: { ...desk.meta, dateline: 'Calais' },
    });
    const before = await fingerprint(handle, ['stories', 'revisions']);
    const late = { ...metaOnly, baseMeta, meta: { ...baseMeta, dateline: 'Dover' } };
    await expect(saveStory(handle.db, author, story.id, late)).rejects.toMatchObject({
      code: 'conflict',
    });
    // Without the metadata it built on, a stale metadata-only save is a conflict too.
    await expect(
      saveStory(handle.db, author, story.id, { ...late, baseMeta: undefined }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint(handle, ['stories', 'revisions'])).toBe(before);
    expect((await loadEditorState(handle.db, author, story.id)).meta.dateline).toBe('Calais');
  });

  it('keeps a correspondent among the authors of their own story', async () => {
    const story = await newStory();
    const input = saveInput(story, 'x');
    input.meta.authorIds = [colleague.id];
    await expect(saveStory(handle.db, author, story.id, input)).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});

describe.runIf(testDatabaseKinds.includes('postgres'))('parallel saves on PostgreSQL', () => {
  it('let exactly one save win per version, with one revision per winner', async () => {
    const handle = await createTestDatabase('postgres');
    try {
      const writers = await Promise.all([1, 2, 3, 4].map(() => createTestStaff(handle, 'editor')));
      const { id } = await createStory(handle.db, writers[0]!, { headline: 'Race' });
      let wins = 0;
      let lastWinner = '';
      for (let round = 0; round < 5; round++) {
        const state = await loadEditorState(handle.db, writers[0]!, id);
        const results = await Promise.allSettled(
          writers.map((writer, i) =>
            saveStory(handle.db, writer, id, saveInput(state, `round ${round} writer ${i}`)),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        expect(won).toHaveLength(1);
        lastWinner = `round ${round} writer ${results.findIndex((r) => r.status === 'fulfilled')}`;
        for (const lost of results.filter((r) => r.status === 'rejected')) {
          expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
        }
        wins += won.length;
      }
      const [row] = await queryRows<{ version: number; revisions: number }>(
        handle.db,
        sql`select s.version, (select count(*)::int from revisions r where r.story_id = s.id) as revisions
            from stories s where s.id = ${id}`,
      );
      expect(row!.version).toBe(1 + wins);
      // The stored text is the last winner's, whole: no loser's save slipped in.
      expect((await loadEditorState(handle.db, writers[0]!, id)).body).toEqual(body(lastWinner));
      expect(row!.revisions).toBeGreaterThanOrEqual(1);
      const numbers = await handle.db
        .select({ n: revisions.number })
        .from(revisions)
        .where(eq(revisions.storyId, id));
      expect(new Set(numbers.map((r) => r.n)).size).toBe(numbers.length);
    } finally {
      await handle.close();
    }
  });
});
