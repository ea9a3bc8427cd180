'use client';
// The front page's arrangement on the desk (/desk/front): a lead slot and six top stories, each a
// pinned story or left to the newest. Stories are added by searching, moved by keyboard (the
// "Move up" and "Move down" buttons keep focus on the story) or by dragging, and a pin may end at
// a time of day. Saving names the version loaded; when another editor saved meanwhile, both
// arrangements are shown and nothing is saved until the editor chooses (lib/services/front.ts).
import { useEffect, useRef, useState, useTransition } from 'react';
import type { ActionState } from '@/lib/action-state';
import type { FrontItem, FrontView } from '@/lib/front/desk-view';
import {
  buttonClass,
  Conflict,
  slotName,
  StorySearch,
  type FrontSearch,
  type Slots,
} from './front-curator-parts';

interface SaveState extends ActionState {
  saved?: FrontView;
  theirs?: FrontView;
}

export interface FrontCuratorProps {
  initial: FrontView;
  save: (input: unknown) => Promise<SaveState>;
  search: FrontSearch;
}

const toInput = (version: number, slots: Slots) => {
  const pin = (item: FrontItem | null) =>
    item ? { storyId: item.storyId, until: item.until || null } : null;
  return { version, lead: pin(slots[0] ?? null), top: slots.slice(1).map(pin) };
};

export function FrontCurator({ initial, save, search }: FrontCuratorProps) {
  const [version, setVersion] = useState(initial.version);
  const [slots, setSlots] = useState<Slots>(initial.slots);
  const [showing, setShowing] = useState(initial.showing);
  const [savedJson, setSavedJson] = useState(() =>
    JSON.stringify(toInput(initial.version, initial.slots)),
  );
  const [theirs, setTheirs] = useState<FrontView | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>({ ok: true, text: '' });
  const [announcement, setAnnouncement] = useState('');
  const [saving, startSaving] = useTransition();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const dirty = JSON.stringify(toInput(version, slots)) !== savedJson;
  const onFront = new Set(slots.filter(Boolean).map((item) => item!.storyId));

  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    list.current?.querySelector<HTMLElement>(`[data-focus-key="${wanted}"]`)?.focus();
  }, [slots]);

  function move(from: number, to: number, focusKey?: string) {
    if (to < 0 || to >= slots.length || from === to) return;
    const next = [...slots];
    [next[from], next[to]] = [next[to]!, next[from]!];
    setSlots(next);
    const item = next[to];
    if (item) setAnnouncement(`“${item.headline}” is now ${slotName(to).toLowerCase()}.`);
    if (focusKey) focusAfterMove.current = focusKey;
  }

  function place(item: FrontItem, at: 'lead' | 'top') {
    const next = [...slots];
    const index = at === 'lead' ? 0 : next.findIndex((slot, i) => i > 0 && slot === null);
    if (index < 0) return;
    if (at === 'lead' && next[0]) {
      // The lead it replaces stays on the front, in the first free top slot.
      const free = next.findIndex((slot, i) => i > 0 && slot === null);
      if (free > 0) next[free] = next[0];
    }
    next[index] = item;
    setSlots(next);
    setAnnouncement(`“${item.headline}” is now ${slotName(index).toLowerCase()}.`);
  }

  function remove(index: number) {
    const item = slots[index];
    const next = [...slots];
    next[index] = null;
    setSlots(next);
    if (item) setAnnouncement(`“${item.headline}” is off the front page.`);
  }

  function setUntil(index: number, value: string) {
    const next = [...slots];
    next[index] = { ...next[index]!, until: value, untilClock: value, untilLabel: '' };
    setSlots(next);
  }

  function submit(overVersion = version) {
    startSaving(async () => {
      const result = await save(toInput(overVersion, slots));
      if (result.ok && result.saved) {
        setVersion(result.saved.version);
        setSlots(result.saved.slots);
        setShowing(result.saved.showing);
        setSavedJson(JSON.stringify(toInput(result.saved.version, result.saved.slots)));
        setTheirs(null);
      } else if (result.theirs) {
        setTheirs(result.theirs);
      }
      setMessage({ ok: result.ok, text: result.message });
    });
  }

  function takeTheirs() {
    if (!theirs) return;
    setVersion(theirs.version);
    setSlots(theirs.slots);
    setShowing(theirs.showing);
    setSavedJson(JSON.stringify(toInput(theirs.version, theirs.slots)));
    setTheirs(null);
    setMessage({ ok: true, text: 'Their arrangement is shown; yours is set aside.' });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="arrangement-heading">
        <h2 id="arrangement-heading" className="text-base font-semibold">
          Arrangement
        </h2>
        <p id="arrangement-hint" className="mt-1 text-muted">
          Drag a story to another slot, or use its Move buttons. Empty slots show the newest
          stories. A pin with a time ends then, and the slot fills again.
        </p>
        <ol ref={list} aria-label="Front page slots" className="mt-3 space-y-2">
          {slots.map((item, index) => (
            <li
              key={item?.storyId ?? `empty-${index}`}
              draggable={item !== null}
              data-slot={index}
              onDragStart={(event) => {
                setDragFrom(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', String(index));
              }}
              onDragEnd={() => setDragFrom(null)}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              }}
              onDrop={(event) => {
                event.preventDefault();
                const from = dragFrom ?? Number(event.dataTransfer.getData('text/plain'));
                if (Number.isInteger(from)) move(from, index);
                setDragFrom(null);
              }}
              className={`rounded border px-3 py-2 ${
                index === 0 ? 'border-ink' : 'border-rule'
              } ${item ? 'cursor-grab bg-paper' : 'border-dashed text-muted'} ${
                dragFrom === index ? 'opacity-50' : ''
              }`}
            >
              <p className="text-xs font-semibold tracking-wide uppercase">{slotName(index)}</p>
              {item ? (
                <>
                  <p className={`font-serif ${index === 0 ? 'text-lg' : ''} font-semibold`}>
                    {item.headline}
                  </p>
                  <p className="text-xs text-muted">
                    {item.detail}
                    {item.live ? null : (
                      <strong className="ml-1 text-accent">
                        Withdrawn: readers no longer see it here.
                      </strong>
                    )}
                  </p>
                  <div className="mt-2 flex flex-wrap items-end gap-2">
                    <button
                      type="button"
                      className={buttonClass}
                      data-focus-key={`${item.storyId}-up`}
                      disabled={index === 0}
                      aria-label={`Move up: “${item.headline}”`}
                      onClick={() => move(index, index - 1, `${item.storyId}-up`)}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      className={buttonClass}
                      data-focus-key={`${item.storyId}-down`}
                      disabled={index === slots.length - 1}
                      aria-label={`Move down: “${item.headline}”`}
                      onClick={() => move(index, index + 1, `${item.storyId}-down`)}
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      className={buttonClass}
                      aria-label={`Remove: “${item.headline}”`}
                      onClick={() => remove(index)}
                    >
                      Remove
                    </button>
                    <label className="ml-auto text-xs">
                      <span>Pinned until</span>
                      <input
                        type="time"
                        aria-label={`Pinned until: “${item.headline}”`}
                        aria-describedby={`until-${item.storyId}`}
                        value={item.untilClock}
                        onChange={(event) => setUntil(index, event.target.value)}
                        className="ml-1 rounded border border-rule bg-paper px-1 py-0.5"
                      />
                    </label>
                  </div>
                  <p id={`until-${item.storyId}`} className="mt-1 text-xs text-muted">
                    {item.untilLabel
                      ? `Ends ${item.untilLabel}.`
                      : item.until
                        ? `Ends at ${item.until}, today or tomorrow.`
                        : 'No end: stays until removed.'}
                  </p>
                </>
              ) : (
                <>
                  <p className="text-sm">Empty: the newest story not shown elsewhere fills it.</p>
                  {showing[index] && !dirty ? (
                    <p className="text-xs">
                      Readers see now: <span className="font-serif">{showing[index]}</span>
                    </p>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => submit()}
            disabled={saving}
            aria-disabled={saving}
            className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:opacity-90 disabled:opacity-60"
          >
            {saving ? 'Saving…' : 'Save front page'}
          </button>
          <span className="text-muted">{dirty ? 'Unsaved changes' : 'No unsaved changes'}</span>
        </div>
        <p
          role={message.ok ? 'status' : 'alert'}
          aria-live="polite"
          className={`mt-2 ${message.ok ? '' : 'text-accent'}`}
        >
          {message.text}
        </p>
        {theirs ? (
          <Conflict theirs={theirs} onKeepMine={() => submit(theirs.version)} onTake={takeTheirs} />
        ) : null}
      </section>
      <StorySearch search={search} onFront={onFront} slots={slots} place={place} />
    </div>
  );
}
