'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { StoryState } from '@/db/schema';
import { ASK_MAX, STATES, ruleOf, type Transition } from '@/lib/workflow';
import { wordDiff } from '@/lib/text-diff';
import { DiffText } from '@/components/editor/diff-text';

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
}

/** Measures publish-to-visible: how long until the public page answers. */
async function timeToLive(slug: string, started: number): Promise<number | null> {
  for (let i = 0; i < 40; i++) {
    const response = await fetch(`/news/${slug}`, { cache: 'no-store' }).catch(() => null);
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
  const seconds = await timeToLive(payload.slug, started);
  return {
    ok: true,
    text: `${done}${seconds === null ? '' : ` Live on the site in ${seconds.toFixed(1)} s.`}`,
    link: `/news/${payload.slug}`,
  };
}

export function WorkflowPanel({
  storyId,
  state,
  transitions,
  beforeStep,
  currentText,
  liveText,
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
            disabled={pending}
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
