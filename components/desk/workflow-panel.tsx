'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { StoryState } from '@/db/schema';
import { ASK_MAX, STATES, ruleOf, type Transition } from '@/lib/workflow';
import { wordDiff } from '@/lib/text-diff';
import { DiffText } from '@/components/editor/diff-text';
import {
  CHECKLIST_STEPS as CHECKED,
  blockers,
  warnings,
  type ChecklistItem,
} from '@/lib/checklist';

/** What a step asks for before it runs, if anything (lib/workflow.ts). */
const askOf = (transition: Transition) => ruleOf(transition).asks;
const goesLive = (transition: Transition) => ruleOf(transition).readers === 'live';

function buttonTone(transition: Transition): string {
  if (ruleOf(transition).readers === 'gone') return 'border border-accent text-accent';
  // The steps that move a story on: to the desk, or to readers.
  if (goesLive(transition) || transition === 'submit') return 'bg-ink text-paper';
  return 'border border-rule';
}

interface Props {
  storyId: string;
  state: StoryState;
  transitions: Transition[];
  /** Saves what is unsaved; answers the version to build on, or null when it could not. */
  beforeStep(): Promise<number | null>;
  /** The text of the working copy now, and of what readers see (for an update's diff). */
  currentText(): string;
  liveText: string | null;
  /** The publishing checklist of the text as it stands in the editor (lib/checklist.ts). */
  checklist: ChecklistItem[];
}

/** Measures publish-to-visible: how long until the public page answers. */
async function timeToLive(path: string, started: number): Promise<number | null> {
  for (let i = 0; i < 40; i++) {
    const response = await fetch(path, { cache: 'no-store' }).catch(() => null);
    if (response?.ok) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

type Outcome = { ok: boolean; text: string; link?: string };

/** Sends one step to the server; for steps that go live, measures until the page answers. */
async function takeStep(
  storyId: string,
  transition: Transition,
  version: number,
  value: string,
): Promise<Outcome> {
  const started = performance.now();
  const ask = askOf(transition)?.field;
  const extra =
    ask === 'publishAt'
      ? { publishAt: value ? new Date(value).toISOString() : undefined }
      : ask && value.trim()
        ? { [ask]: value.trim() }
        : {};
  let response: Response;
  try {
    response = await fetch(`/api/stories/${storyId}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ transition, baseVersion: version, ...extra }),
    });
  } catch {
    return { ok: false, text: 'No connection: the step was not taken. Try again.' };
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    return { ok: false, text: payload?.error?.message ?? 'The step failed; try again.' };
  }
  const { done } = ruleOf(transition);
  if (!goesLive(transition) || !payload.slug) return { ok: true, text: done };
  // The story's address under its language's prefix (/ru/news/…), which the server gives.
  const path: string = payload.path ?? `/news/${payload.slug}`;
  const seconds = await timeToLive(path, started);
  return {
    ok: true,
    text: `${done}${seconds === null ? '' : ` Live on the site in ${seconds.toFixed(1)} s.`}`,
    link: path,
  };
}

export function WorkflowPanel({
  storyId,
  state,
  transitions,
  beforeStep,
  currentText,
  liveText,
  checklist,
}: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<Transition | null>(null);
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);

  const run = async (transition: Transition) => {
    setPending(true);
    setMessage(null);
    try {
      const version = await beforeStep();
      if (version === null) {
        setMessage({
          ok: false,
          text: 'Your latest changes are not saved yet; resolve that first.',
        });
        return;
      }
      const outcome = await takeStep(storyId, transition, version, value);
      setMessage(outcome);
      if (outcome.ok) {
        setOpen(null);
        setValue('');
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  };

  if (transitions.length === 0 && !message) return null;
  const ask = open ? askOf(open) : undefined;
  const checked = transitions.some((transition) => CHECKED.has(transition));
  const blocked = checked && blockers(checklist).length > 0;
  const warned = checked ? warnings(checklist).length : 0;

  return (
    <section aria-labelledby="workflow-heading" className="rounded border border-rule p-3">
      <h2 id="workflow-heading" className="text-sm font-semibold">
        Workflow{' '}
        <span className="font-normal text-muted">· {STATES[state].label.toLowerCase()}</span>
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        {transitions.map((transition) => (
          <button
            key={transition}
            type="button"
            disabled={pending || (blocked && CHECKED.has(transition))}
            aria-expanded={askOf(transition) ? open === transition : undefined}
            onClick={() => {
              if (askOf(transition)) {
                setOpen(open === transition ? null : transition);
                setValue('');
              } else {
                void run(transition);
              }
            }}
            className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${buttonTone(transition)}`}
          >
            {ruleOf(transition).label}
          </button>
        ))}
      </div>

      {checked ? <Checklist items={checklist} /> : null}
      {blocked ? (
        <p className="mt-2 text-sm text-accent">
          Complete the items marked “Missing” to publish or schedule.
        </p>
      ) : warned ? (
        <p className="mt-2 text-sm text-muted">
          You may go ahead over {warned === 1 ? 'the warning' : `${warned} warnings`}; the timeline
          records it.
        </p>
      ) : null}

      {open && ask ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            void run(open);
          }}
        >
          {ask.field === 'publishAt' ? (
            <>
              <label htmlFor="workflow-value" className="block text-sm font-medium">
                {ask.prompt}
              </label>
              <input
                id="workflow-value"
                type="datetime-local"
                step={1}
                required
                value={value}
                onChange={(event) => setValue(event.target.value)}
                className="rounded border border-rule bg-paper px-2 py-1 text-sm"
              />
            </>
          ) : (
            <>
              <label htmlFor="workflow-value" className="block text-sm font-medium">
                {ask.prompt}
              </label>
              <textarea
                id="workflow-value"
                rows={3}
                required={Boolean(ask.missing)}
                maxLength={ASK_MAX[ask.field]}
                value={value}
                onChange={(event) => setValue(event.target.value)}
                className="block w-full rounded border border-rule bg-paper px-2 py-1 text-sm"
              />
            </>
          )}
          {open === 'publish_update' && liveText !== null ? (
            <details open className="text-sm">
              <summary className="cursor-pointer font-medium">Changes against what is live</summary>
              <div
                aria-label="Changes against the live version"
                className="mt-1 max-h-64 overflow-y-auto rounded border border-rule p-2"
              >
                <DiffText parts={wordDiff(liveText, currentText())} show="both" />
              </div>
            </details>
          ) : null}
          <div className="flex gap-2">
            <button
              type="submit"
              disabled={pending}
              className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-60"
            >
              {pending ? 'Working…' : `Confirm: ${ruleOf(open).label.toLowerCase()}`}
            </button>
            <button
              type="button"
              onClick={() => setOpen(null)}
              className="rounded border border-rule px-3 py-1.5 text-sm"
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      <p
        role="status"
        aria-live="polite"
        className={`mt-2 text-sm ${message?.ok === false ? 'text-accent' : ''}`}
      >
        {pending ? 'Working…' : message?.text}
        {message?.link ? (
          <>
            {' '}
            <a href={message.link} className="underline" target="_blank" rel="noreferrer">
              View on the site
            </a>
          </>
        ) : null}
      </p>
    </section>
  );
}

const MARK = { done: '✓', missing: '✕', warning: '!' } as const;

/** Each item of the checklist, with what it needs when it fails. */
function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <details open className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium">Publishing checklist</summary>
      <ul aria-label="Publishing checklist" className="mt-1 space-y-0.5">
        {items.map((item) => {
          const kind = item.ok ? 'done' : item.level === 'must' ? 'missing' : 'warning';
          const word = { done: 'Done', missing: 'Missing', warning: 'Warning' }[kind];
          return (
            <li key={item.id} className={kind === 'missing' ? 'text-accent' : ''}>
              <span aria-hidden="true" className="inline-block w-4 font-semibold">
                {MARK[kind]}
              </span>
              <span className="sr-only">{word}: </span>
              {item.label}
              {kind === 'done' ? null : (
                <span className="text-muted">
                  {' '}
                  — {kind === 'missing' ? 'must' : 'should'}: {item.fix}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
