'use client';
// The story's tags: chosen ones as a list with remove buttons, and a combobox (ARIA 1.2 pattern:
// the input owns a listbox through aria-controls and aria-activedescendant) that searches the
// newsroom's tags as you type (GET /api/tags) and offers "Create tag …" when no tag has that name.
import { useEffect, useId, useRef, useState } from 'react';

export interface TagOption {
  id: string;
  name: string;
}

interface Props {
  storyId: string;
  chosen: string[];
  /** Names of tags already known to the page (the story's own, those picked or made here). */
  known: TagOption[];
  disabled: boolean;
  onChange(tagIds: string[], known: TagOption[]): void;
}

type Result = { matches: TagOption[]; exact: boolean };
type Choice = { kind: 'tag'; tag: TagOption } | { kind: 'create'; name: string };

export function TagPicker({ storyId, chosen, known, disabled, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<'searching' | 'creating' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  const nameOf = (tagId: string) => known.find((tag) => tag.id === tagId)?.name ?? 'Unknown tag';
  const words = query.trim().replace(/\s+/g, ' ');

  useEffect(() => {
    if (!words) {
      setResult(null); // eslint-disable-line react-hooks/set-state-in-effect -- nothing to search
      return;
    }
    const ticket = ++asked.current;
    setBusy('searching');
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/tags?q=${encodeURIComponent(words)}`);
        const payload = await response.json();
        if (ticket !== asked.current) return; // a newer search is on its way
        if (!response.ok) throw new Error(payload?.error?.message ?? 'The search failed.');
        setResult(payload as Result);
        setError(null);
      } catch (caught) {
        if (ticket === asked.current) setError((caught as Error).message);
      } finally {
        if (ticket === asked.current) setBusy(null);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [words]);

  const choices: Choice[] = [
    ...(result?.matches ?? [])
      .filter((tag) => !chosen.includes(tag.id))
      .map((tag) => ({ kind: 'tag' as const, tag })),
    ...(words && result && !result.exact ? [{ kind: 'create' as const, name: words }] : []),
  ];
  const expanded = open && Boolean(words) && (choices.length > 0 || result !== null);
  const optionId = (index: number) => `${id}-option-${index}`;

  const add = (tag: TagOption) => {
    const names = known.some((item) => item.id === tag.id) ? known : [...known, tag];
    onChange(chosen.includes(tag.id) ? chosen : [...chosen, tag.id], names);
    setQuery('');
    setResult(null);
    setActive(0);
    input.current?.focus();
  };

  const create = async (name: string) => {
    setBusy('creating');
    setError(null);
    try {
      const response = await fetch('/api/tags', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, storyId }),
      });
      const payload = await response.json().catch(() => null);
      if (!response.ok) {
        setError(payload?.error?.message ?? 'The tag could not be created; try again.');
        return;
      }
      add({ id: payload.id, name: payload.name });
    } catch {
      setError('No connection: the tag was not created. Try again.');
    } finally {
      setBusy(null);
    }
  };

  const pick = (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.kind === 'tag') add(choice.tag);
    else void create(choice.name);
  };

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-input`} className="block font-medium">
        Tags
      </label>
      {chosen.length ? (
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-1">
          {chosen.map((tagId) => (
            <li
              key={tagId}
              className="flex items-center gap-1 rounded border border-rule px-1.5 py-0.5"
            >
              {nameOf(tagId)}
              <button
                type="button"
                disabled={disabled}
                aria-label={`Remove tag ${nameOf(tagId)}`}
                onClick={() =>
                  onChange(
                    chosen.filter((item) => item !== tagId),
                    known,
                  )
                }
                className="px-0.5 text-muted hover:text-ink"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && choices[active] ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          disabled={disabled}
          maxLength={100}
          placeholder="Search or create a tag"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((index) => Math.min(index + 1, Math.max(choices.length - 1, 0)));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(index - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (expanded) pick(choices[active]);
            } else if (event.key === 'Escape') {
              if (expanded) event.preventDefault();
              setOpen(false);
            }
          }}
          className="block w-full rounded border border-rule bg-paper px-2 py-1"
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Tags found"
          hidden={!expanded}
          className="absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded border border-rule bg-paper shadow"
        >
          {choices.map((choice, index) => (
            <li
              key={choice.kind === 'tag' ? choice.tag.id : 'create'}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Chosen with the pointer before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(choice);
              }}
              onMouseEnter={() => setActive(index)}
              className={`cursor-pointer px-2 py-1 ${index === active ? 'bg-ink text-paper' : ''}`}
            >
              {choice.kind === 'tag' ? choice.tag.name : `Create tag “${choice.name}”`}
            </li>
          ))}
          {result && choices.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-2 py-1">
              Already chosen
            </li>
          ) : null}
        </ul>
      </div>
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-xs text-muted">
        {busy === 'searching'
          ? 'Searching…'
          : busy === 'creating'
            ? 'Creating the tag…'
            : expanded
              ? `${result?.matches.length ?? 0} found`
              : ''}
      </p>
      {error ? (
        <p role="alert" className="text-xs text-accent">
          {error}
        </p>
      ) : null}
    </div>
  );
}
