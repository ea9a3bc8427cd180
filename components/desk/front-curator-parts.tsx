'use client';
// The parts of the desk's front page (front-curator.tsx): the other editor's arrangement shown
// after a conflict, and the search that adds a story to a slot.
import { useEffect, useState, useTransition } from 'react';
import type { FrontItem, FrontView } from '@/lib/front/desk-view';
import { inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/action-state';

export type Slots = (FrontItem | null)[];

/** Finds stories to place, by headline. */
export type FrontSearch = (query: string) => Promise<ActionState & { results: FrontItem[] }>;

export const slotName = (index: number) => (index === 0 ? 'Lead' : `Top story ${index}`);

export const buttonClass =
  'rounded border border-rule bg-paper px-2 py-0.5 text-xs hover:bg-rule/40 disabled:opacity-40';

export function Conflict({
  theirs,
  onKeepMine,
  onTake,
}: {
  theirs: FrontView;
  onKeepMine: () => void;
  onTake: () => void;
}) {
  return (
    <section
      aria-labelledby="theirs-heading"
      className="mt-4 rounded border border-accent bg-paper p-3"
    >
      <h3 id="theirs-heading" className="font-semibold">
        Their arrangement
      </h3>
      <ol aria-label="Their arrangement" className="mt-2 space-y-1">
        {theirs.slots.map((item, index) => (
          <li key={index}>
            <span className="text-xs font-semibold uppercase">{slotName(index)}:</span>{' '}
            {item ? item.headline : <span className="text-muted">the newest story</span>}
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={onKeepMine}>
          Keep mine (save over theirs)
        </button>
        <button type="button" className={buttonClass} onClick={onTake}>
          Take theirs
        </button>
      </div>
    </section>
  );
}

export function StorySearch({
  search,
  onFront,
  slots,
  place,
}: {
  search: FrontSearch;
  onFront: Set<string>;
  slots: Slots;
  place: (item: FrontItem, at: 'lead' | 'top') => void;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FrontItem[] | null>(null);
  const [error, setError] = useState('');
  const [searching, startSearching] = useTransition();
  const topFull = slots.slice(1).every(Boolean);

  useEffect(() => {
    const timer = setTimeout(() => {
      startSearching(async () => {
        const answer = await search(query);
        setError(answer.ok ? '' : answer.message);
        setResults(answer.results);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [query, search]);

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading" className="text-base font-semibold">
        Add a story
      </h2>
      <label htmlFor="front-search" className="mt-2 block font-medium">
        Find a published story
      </label>
      <input
        id="front-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Words of its headline"
        className={inputClass}
      />
      <p role="status" aria-live="polite" className="mt-1 text-xs text-muted">
        {searching
          ? 'Searching…'
          : error
            ? error
            : results
              ? `${results.length} ${results.length === 1 ? 'story' : 'stories'} found`
              : ''}
      </p>
      <ul aria-label="Search results" className="mt-2 divide-y divide-rule">
        {(results ?? []).map((item) => (
          <li key={item.storyId} className="py-2">
            <p className="font-serif font-semibold">{item.headline}</p>
            <p className="text-xs text-muted">{item.detail}</p>
            {onFront.has(item.storyId) ? (
              <p className="mt-1 text-xs">On the front page.</p>
            ) : (
              <div className="mt-1 flex gap-2">
                <button
                  type="button"
                  className={buttonClass}
                  aria-label={`Make lead: “${item.headline}”`}
                  onClick={() => place(item, 'lead')}
                >
                  Make lead
                </button>
                <button
                  type="button"
                  className={buttonClass}
                  disabled={topFull}
                  aria-label={`Add to top stories: “${item.headline}”`}
                  onClick={() => place(item, 'top')}
                >
                  Add to top stories
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
