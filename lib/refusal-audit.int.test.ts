// Refused calls in the audit log, through the two frames every entry point answers from: a route
// handler's errorResponse and a server action's runAction. The server's database handle and the
// request's headers are this suite's own; the services, the rules and the SQL are the real ones.
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDatabaseKinds } from '@/test/support/databases';
import { createTestSection, createTestStaff } from '@/test/support/newsroom';
import { queryRows, type Database, type DatabaseHandle } from '@/db/open';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http';
import { orNotFound } from '@/lib/not-found';
import { PermissionRefusal, refusal, type Actor } from '@/lib/permissions';
import { runAction } from '@/lib/server-action';
import { AUTHZ_DENIED, REFUSAL_LIMITS, recordRefusal } from '@/lib/audit';
import { assertSameOrigin } from '@/lib/same-origin';
import { createStory, loadEditorState, saveStory } from '@/lib/services/stories';
import { storyTimeline } from '@/lib/services/timeline';
import { changeRole } from '@/lib/services/users';
import { deleteMedia } from '@/lib/services/media-changes';
import { transitionStory } from '@/lib/services/workflow';
import type { MediaStorage } from '@/lib/media/types';

const request = vi.hoisted(() => ({
  db: null as Database | null,
  dbFails: false,
  headers: new Headers(),
}));
vi.mock('@/db', () => ({
  getDb: async () => {
    if (request.dbFails) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    return request.db!;
  },
}));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('server-only', () => ({}));

const SITE = 'newsroom.test';
const CALLER_IP = '203.0.113.7';
const sameSite = () =>
  new Headers({ origin: `https://${SITE}`, host: SITE, 'x-forwarded-for': CALLER_IP });

interface DeniedRow {
  actor_id: string;
  subject_type: string;
  subject_id: string | null;
  new_value: { action: string; role: string };
  ip: string | null;
}

/** A route handler's frame: the service's answer, or the error as errorResponse answers it. */
async function asRouteHandler(work: () => Promise<unknown>): Promise<Response> {
  try {
    await work();
    return Response.json({ ok: true });
  } catch (error) {
    return errorResponse(error);
  }
}

/** A server action's frame, as the desk's actions use it. */
const asServerAction = (work: () => Promise<unknown>) =>
  runAction(async () => {
    await work();
    return { ok: true, message: 'Done.' };
  });

const noStorage = {} as MediaStorage; // a refused delete never reaches the files

describe.each(testDatabaseKinds)('refused calls in the audit log on %s', (kind) => {
  let handle: DatabaseHandle;
  let author: Actor;
  let editor: Actor;
  let sectionId: string;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    author = await createTestStaff(handle, 'correspondent');
    editor = await createTestStaff(handle, 'editor');
    sectionId = await createTestSection(handle, `refusals-${kind}`, 'Refusals');
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    request.db = handle.db;
    request.dbFails = false;
    request.headers = sameSite();
  });
  afterEach(() => vi.restoreAllMocks());

  const denied = (actorId: string) =>
    queryRows<DeniedRow>(
      handle.db,
      sql`select actor_id, subject_type, subject_id, new_value, ip from audit_log
          where action = ${AUTHZ_DENIED} and actor_id = ${actorId} order by id`,
    );

  /** A correspondent's own new story: theirs to see, not theirs to publish. */
  async function ownStory(actor: Actor) {
    const { id } = await createStory(handle.db, actor, { headline: 'Not theirs to publish' });
    return loadEditorState(handle.db, actor, id);
  }

  /** A draft by the author, filled in so that every step's requirements are met. */
  async function draft() {
    const headline = `Refusal probe ${crypto.randomBytes(3).toString('hex')}`;
    const { id } = await createStory(handle.db, author, { headline });
    const state = await loadEditorState(handle.db, author, id);
    const { featuredMediaId: _media, ...meta } = state.meta;
    await saveStory(handle.db, author, id, {
      baseVersion: state.version,
      meta: { ...meta, sectionId, dateline: 'Lisbon' },
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ text: 'x', type: 'text' }] }],
      },
    });
    return loadEditorState(handle.db, author, id);
  }

  const publish = (actor: Actor, story: { id: string; version: number }) =>
    transitionStory(handle.db, actor, story.id, {
      transition: 'publish',
      baseVersion: story.version,
    });

  it('a step the rules refuse answers 403 and leaves one authz_denied row naming it', async () => {
    const writer = await createTestStaff(handle, 'correspondent');
    const story = await ownStory(writer);

    const response = await asRouteHandler(() => publish(writer, story));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'forbidden', message: 'You do not have permission to do that.', fields: {} },
    });
    expect(await denied(writer.id)).toEqual([
      {
        actor_id: writer.id,
        subject_type: 'story',
        subject_id: story.id,
        new_value: { action: 'story.publish', role: 'correspondent' },
        ip: CALLER_IP,
      },
    ]);
    // The refusal is for admins to read, not a step in the story's history.
    const { entries } = await storyTimeline(handle.db, writer, story.id);
    expect(entries.map((entry) => entry.text).join(' ')).not.toContain(AUTHZ_DENIED);
  });

  it('a server action the rules refuse answers its form and leaves the row too', async () => {
    const correspondent = await createTestStaff(handle, 'correspondent');
    const result = await asServerAction(() =>
      changeRole(handle.db, correspondent, { userId: editor.id, role: 'admin' }),
    );
    expect(result).toEqual({
      ok: false,
      message: 'You do not have permission to do that.',
      fields: {},
    });
    expect(await denied(correspondent.id)).toEqual([
      {
        actor_id: correspondent.id,
        subject_type: 'user',
        subject_id: editor.id,
        new_value: { action: 'users.manage', role: 'correspondent' },
        ip: CALLER_IP,
      },
    ]);
  });

  it('allowed calls, and refusals that are not the rules’ (session, origin, input, a stale version), write none', async () => {
    const story = await draft();
    const colleague = await createTestStaff(handle, 'correspondent');
    const newcomer = await createTestStaff(handle, 'editor');
    const answers = [
      await asRouteHandler(() => {
        throw new AppError('unauthenticated', 'Your session has ended. Sign in again.');
      }),
      await asRouteHandler(async () => assertSameOrigin(new Headers({ host: SITE }))),
      await asRouteHandler(() =>
        transitionStory(handle.db, newcomer, story.id, { transition: 'fly' }),
      ),
      await asRouteHandler(() => publish(colleague, { id: crypto.randomUUID(), version: 1 })),
      await asRouteHandler(() => publish(newcomer, { id: story.id, version: story.version - 1 })),
      await asRouteHandler(() => publish(newcomer, story)),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([401, 403, 400, 404, 409, 200]);
    request.headers = new Headers({ host: SITE }); // no Origin: runAction refuses before the work
    const crossSite = await asServerAction(() => publish(colleague, story));
    expect(crossSite.message).toBe('Cross-site request refused.');
    for (const who of [colleague, newcomer, author]) expect(await denied(who.id)).toEqual([]);
  });

  it('a colleague’s story answers 404, like an unknown one, and is audited like a 403', async () => {
    const story = await draft();
    const colleague = await createTestStaff(handle, 'correspondent');
    const snooper = await createTestStaff(handle, 'editor');
    const unknown = crypto.randomUUID();

    // The API: the same answer as for a story that does not exist.
    const opened = await asRouteHandler(() => loadEditorState(handle.db, colleague, story.id));
    const missing = await asRouteHandler(() => loadEditorState(handle.db, colleague, unknown));
    expect(opened.status).toBe(404);
    expect(await opened.json()).toEqual(await missing.json());
    const { featuredMediaId: _media, ...meta } = story.meta;
    const saved = await asRouteHandler(() =>
      saveStory(handle.db, colleague, story.id, {
        baseVersion: story.version,
        meta,
        body: { type: 'doc', content: [{ type: 'paragraph' }] },
      }),
    );
    expect(saved.status).toBe(404);
    // A server action's form, and a desk page (orNotFound answers Next's 404).
    const stepped = await asServerAction(() => publish(colleague, story));
    expect(stepped).toMatchObject({ ok: false, message: 'No such story, or it is not yours.' });
    const page = await orNotFound(storyTimeline(handle.db, colleague, story.id)).catch(
      (error: unknown) => error,
    );
    expect(String((page as { digest?: string }).digest)).toContain('404');

    expect(await denied(colleague.id)).toEqual(
      ['story.view', 'story.edit', 'story.publish'].map((action) => ({
        actor_id: colleague.id,
        subject_type: 'story',
        subject_id: story.id,
        new_value: { action, role: 'correspondent' },
        ip: CALLER_IP,
      })),
    );
    // The page's view came within the minute of the API's: the same refusal, not written again.
    // An unknown id is no refusal, whoever asks; nor is an editor's unknown id.
    expect((await asRouteHandler(() => loadEditorState(handle.db, snooper, unknown))).status).toBe(
      404,
    );
    expect(await denied(snooper.id)).toEqual([]);
  });

  it('writes the same refusal once a minute, and at most REFUSAL_LIMITS.perActor rows a minute', async () => {
    const prober = await createTestStaff(handle, 'correspondent');
    const story = await ownStory(prober);
    // At once, then again and again: one row.
    const parallel = await Promise.all(
      Array.from({ length: 8 }, () => asRouteHandler(() => publish(prober, story))),
    );
    expect(parallel.map((answer) => answer.status)).toEqual(Array(8).fill(403));
    for (let i = 0; i < 5; i++) {
      expect((await asRouteHandler(() => publish(prober, story))).status).toBe(403);
    }
    expect(await denied(prober.id)).toHaveLength(1);

    // Another subject, or another action on it, is another refusal.
    const withdraw = await asRouteHandler(() =>
      transitionStory(handle.db, prober, story.id, {
        transition: 'withdraw',
        baseVersion: story.version,
        reason: 'Probe.',
      }),
    );
    expect(withdraw.status).toBe(403);
    expect((await denied(prober.id)).map((row) => row.new_value.action)).toEqual([
      'story.publish',
      'story.withdraw',
    ]);

    // A script naming a new image each time: every call is refused, the rows stop at the limit.
    const ids = Array.from({ length: REFUSAL_LIMITS.perActor + 5 }, () => crypto.randomUUID());
    for (const id of ids) {
      const answer = await asRouteHandler(() => deleteMedia(handle.db, noStorage, prober, id));
      expect(answer.status).toBe(403);
    }
    expect(await denied(prober.id)).toHaveLength(REFUSAL_LIMITS.perActor);

    // A minute on, the same refusal is written again.
    await handle.db.execute(
      sql`update audit_log set at = at - interval '61 seconds'
          where action = ${AUTHZ_DENIED} and actor_id = ${prober.id}`,
    );
    await asRouteHandler(() => publish(prober, story));
    expect(await denied(prober.id)).toHaveLength(REFUSAL_LIMITS.perActor + 1);
  });

  it('names a subject only by an id: what a caller typed in its place is not stored', async () => {
    const prober = await createTestStaff(handle, 'correspondent');
    const typed = `../${'x'.repeat(500)}`;
    expect(
      (await asRouteHandler(() => deleteMedia(handle.db, noStorage, prober, typed))).status,
    ).toBe(403);
    expect(await denied(prober.id)).toMatchObject([
      { subject_type: 'media', subject_id: null, new_value: { action: 'media.delete' } },
    ]);
  });

  it('a failed audit write is logged and the caller still gets 403, not 500', async () => {
    const prober = await createTestStaff(handle, 'correspondent');
    const story = await ownStory(prober);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    request.dbFails = true;
    const response = await asRouteHandler(() => publish(prober, story));
    expect(response.status).toBe(403);
    const action = await asServerAction(() => publish(prober, story));
    expect(action.message).toBe('You do not have permission to do that.');
    expect(logged).toHaveBeenCalledWith(
      'dateline: a refused story.publish could not be audited: connect ECONNREFUSED 127.0.0.1:5432',
    );
    request.dbFails = false;
    expect(await denied(prober.id)).toEqual([]);
  });

  it('recordRefusal says whether it wrote, for refusals built by the rules', async () => {
    const prober = await createTestStaff(handle, 'correspondent');
    const refused = refusal(prober, 'settings.manage');
    expect(refused).toBeInstanceOf(PermissionRefusal);
    expect(refused.code).toBe('forbidden');
    // Ten at once (on PostgreSQL, ten connections): the advisory lock lets exactly one write.
    const written = await Promise.all(
      Array.from({ length: 10 }, () => recordRefusal(handle.db, refused)),
    );
    expect(written.filter(Boolean)).toHaveLength(1);
    expect(await recordRefusal(handle.db, refused)).toBe(false);
    expect(await denied(prober.id)).toEqual([
      {
        actor_id: prober.id,
        subject_type: 'settings',
        subject_id: null,
        new_value: { action: 'settings.manage', role: 'correspondent' },
        ip: null,
      },
    ]);
  });
});
