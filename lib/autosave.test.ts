import { describe, expect, it } from 'vitest';
import { Autosaver, type AutosaveStatus, type SaveOutcome } from './autosave';

type Snap = { text: string };

function harness() {
  const sent: { text: string; baseVersion: number; saveId: string }[] = [];
  const replies: ((outcome: SaveOutcome<string>) => void)[] = [];
  const statuses: AutosaveStatus<string>[] = [];
  const local = { copy: null as null | { baseVersion: number; snapshot: Snap } };
  const timers: (() => void)[] = [];
  let ids = 0;
  const saver = new Autosaver<Snap, string>({
    baseVersion: 1,
    send: (snapshot, baseVersion, saveId) => {
      sent.push({ text: snapshot.text, baseVersion, saveId });
      return new Promise((resolve) => replies.push(resolve));
    },
    onStatus: (status) => statuses.push(status),
    local: {
      write: (copy) => (local.copy = copy),
      clear: () => (local.copy = null),
    },
    newSaveId: () => `save-${++ids}`,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
  });
  const reply = async (outcome: SaveOutcome<string>) => {
    replies.shift()!(outcome);
    // Let the engine's continuation (and any follow-up send) run.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { saver, sent, reply, statuses, local, timers, last: () => statuses.at(-1) };
}

const saved = (version: number): SaveOutcome<string> => ({
  kind: 'saved',
  version,
  savedAt: '2026-11-26T10:00:00Z',
});

describe('the autosave engine', () => {
  it('keeps text on the device at once and clears it only when the server has that exact text', async () => {
    const h = harness();
    h.saver.update({ text: 'one' });
    expect(h.local.copy?.snapshot.text).toBe('one');
    const flushing = h.saver.flush();
    h.saver.update({ text: 'one two' });
    await h.reply(saved(2));
    // "one" was acknowledged but "one two" was not: the local copy stays, and it is sent next.
    expect(h.local.copy?.snapshot.text).toBe('one two');
    expect(h.sent.map((s) => [s.text, s.baseVersion])).toEqual([
      ['one', 1],
      ['one two', 2],
    ]);
    await h.reply(saved(3));
    await flushing;
    expect(h.local.copy).toBeNull();
    expect(h.last()).toEqual({ kind: 'saved', savedAt: '2026-11-26T10:00:00Z' });
  });

  it('has one save in flight at a time', async () => {
    const h = harness();
    h.saver.update({ text: 'a' });
    void h.saver.flush();
    h.saver.update({ text: 'ab' });
    void h.saver.flush();
    h.saver.update({ text: 'abc' });
    void h.saver.flush();
    expect(h.sent).toHaveLength(1);
    await h.reply(saved(2));
    expect(h.sent.map((s) => s.text)).toEqual(['a', 'abc']);
  });

  it('says offline, keeps the text, and retries with the same save id', async () => {
    const h = harness();
    h.saver.update({ text: 'filed from a hotel' });
    void h.saver.flush();
    await h.reply({ kind: 'offline' });
    expect(h.last()).toEqual({ kind: 'offline' });
    expect(h.local.copy?.snapshot.text).toBe('filed from a hotel');
    h.timers.at(-1)!();
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]!.saveId).toBe(h.sent[0]!.saveId);
    await h.reply(saved(2));
    expect(h.local.copy).toBeNull();
  });

  it('stops on a conflict and continues from the version the user builds on', async () => {
    const h = harness();
    h.saver.update({ text: 'mine' });
    void h.saver.flush();
    await h.reply({ kind: 'conflict', current: 'theirs' });
    expect(h.last()).toEqual({ kind: 'conflict', current: 'theirs' });
    h.saver.update({ text: 'mine, still typing' });
    await h.saver.flush();
    expect(h.sent).toHaveLength(1);
    expect(h.local.copy?.snapshot.text).toBe('mine, still typing');

    h.saver.rebase(7);
    h.timers.at(-1)!();
    expect(h.sent.at(-1)).toMatchObject({ text: 'mine, still typing', baseVersion: 7 });
  });

  it('forgets local text when the user takes the other version', async () => {
    const h = harness();
    h.saver.update({ text: 'mine' });
    void h.saver.flush();
    await h.reply({ kind: 'conflict', current: 'theirs' });
    h.saver.reset(9);
    expect(h.local.copy).toBeNull();
    expect(h.saver.dirty).toBe(false);
    expect(h.saver.baseVersion).toBe(9);
  });

  it('reports a refused save and waits for the next change', async () => {
    const h = harness();
    h.saver.update({ text: 'x' });
    void h.saver.flush();
    await h.reply({ kind: 'invalid', message: 'Links may only point to http, https or mailto.' });
    expect(h.last()).toMatchObject({ kind: 'invalid' });
    expect(h.local.copy?.snapshot.text).toBe('x');
  });

  it('makes a flush wait for the save under way and then send the newest text', async () => {
    const h = harness();
    h.saver.update({ text: 'typed' });
    void h.saver.flush();
    h.saver.update({ text: 'typed, then more' });
    let flushed = false;
    const flushing = h.saver.flush().then(() => (flushed = true));
    await h.reply(saved(2));
    expect(flushed).toBe(false);
    expect(h.sent.at(-1)).toMatchObject({ text: 'typed, then more', baseVersion: 2 });
    await h.reply(saved(3));
    await flushing;
    expect(h.saver.dirty).toBe(false);
    expect(h.saver.baseVersion).toBe(3);
  });

  it('keeps one save id per text: in the local copy, in retries and in the last send on leaving', async () => {
    const h = harness();
    h.saver.update({ text: 'before the tab closed' });
    const unsent = h.saver.unsent();
    expect(unsent).toMatchObject({ baseVersion: 1, snapshot: { text: 'before the tab closed' } });
    expect((h.local.copy as { saveId?: string }).saveId).toBe(unsent!.saveId);
    void h.saver.flush();
    expect(h.sent[0]!.saveId).toBe(unsent!.saveId);
  });

  it('sends a restored local copy with the id it was kept with', async () => {
    const h = harness();
    h.saver.rebase(4, { text: 'found after a reload' }, 'kept-id-1234');
    void h.saver.flush();
    expect(h.sent[0]).toMatchObject({
      text: 'found after a reload',
      baseVersion: 4,
      saveId: 'kept-id-1234',
    });
    await h.reply(saved(5));
    expect(h.saver.unsent()).toBeNull();
  });

  it('treats a thrown send as offline', async () => {
    const h = harness();
    const saver = new Autosaver<Snap, string>({
      baseVersion: 1,
      send: () => Promise.reject(new TypeError('Failed to fetch')),
      onStatus: (status) => h.statuses.push(status),
      local: { write: () => {}, clear: () => {} },
      newSaveId: () => 'id',
      setTimer: () => {},
    });
    saver.update({ text: 'x' });
    await saver.flush();
    expect(h.last()).toEqual({ kind: 'offline' });
  });

  it('keeps typing on the device while signed out, sends nothing, and saves it all after signing in again', async () => {
    const h = harness();
    h.saver.update({ text: 'one' });
    const first = h.saver.flush();
    await h.reply({ kind: 'signed_out' });
    await first;
    expect(h.last()).toEqual({ kind: 'signed_out' });
    // More typing: kept, not sent, no retry timer.
    const timers = h.timers.length;
    h.saver.update({ text: 'one two' });
    expect(h.local.copy?.snapshot.text).toBe('one two');
    expect(h.last()).toEqual({ kind: 'signed_out' });
    await h.saver.flush();
    expect(h.timers.length).toBe(timers);
    expect(h.sent.map((s) => s.text)).toEqual(['one']);

    const resumed = h.saver.resume();
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.sent.map((s) => [s.text, s.baseVersion])).toEqual([
      ['one', 1],
      ['one two', 1],
    ]);
    await h.reply(saved(2));
    await resumed;
    expect(h.local.copy).toBeNull();
    expect(h.last()).toEqual({ kind: 'saved', savedAt: '2026-11-26T10:00:00Z' });
  });
});
