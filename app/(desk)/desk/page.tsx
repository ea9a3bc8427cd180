import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { deskFiltersSchema, deskQueues, deskStories, type DeskStoryRow } from '@/lib/desk/stories';
import { isEditor } from '@/lib/permissions';
import { editorOptions } from '@/lib/services/stories';
import { DESK_GROUP_ORDER, STATES, STORY_STATES } from '@/lib/workflow';
import { StoryTable } from '@/components/desk/story-table';
import { compactInputClass } from '@/components/ui/field';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const selectClass = `mt-1 block ${compactInputClass}`;

export default async function DeskHome({ searchParams }: Props) {
  await connection();
  const user = await requireDeskUser();
  const db = await getDb();
  const raw = await searchParams;
  const filters = deskFiltersSchema.parse(
    Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [{ rows, next }, options] = await Promise.all([
    deskStories(db, user, filters),
    editorOptions(db),
  ]);
  const editor = isEditor(user);
  const queues = editor ? await deskQueues(db) : null;
  const nextParams = next
    ? new URLSearchParams({ ...stripEmpty(filters), after: next }).toString()
    : null;

  return (
    <div className="space-y-8">
      <div className="flex items-center justify-between">
        <h1 className="text-lg font-semibold">{editor ? 'All stories' : 'My stories'}</h1>
        <Link
          href="/desk/stories/new"
          className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper"
        >
          New story
        </Link>
      </div>

      {queues ? (
        <div className="grid gap-6 2xl:grid-cols-3">
          <section aria-labelledby="queue-heading">
            <h2 id="queue-heading" className="font-semibold">
              Review queue <span className="font-normal text-muted">({queues.review.length})</span>
            </h2>
            <StoryTable rows={queues.review} time="age" label="Review queue" now={queues.now} />
          </section>
          <section aria-labelledby="scheduled-heading">
            <h2 id="scheduled-heading" className="font-semibold">
              Scheduled <span className="font-normal text-muted">({queues.scheduled.length})</span>
            </h2>
            <StoryTable rows={queues.scheduled} time="publishAt" label="Scheduled" />
          </section>
          <section aria-labelledby="today-heading">
            <h2 id="today-heading" className="font-semibold">
              Published today{' '}
              <span className="font-normal text-muted">({queues.today.length})</span>
            </h2>
            <StoryTable rows={queues.today} time="publishedAt" label="Published today" />
          </section>
        </div>
      ) : null}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="sr-only">
          Stories
        </h2>
        <form role="search" aria-label="Filter stories" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="filter-q" className="block font-medium">
              Headline contains
            </label>
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              maxLength={200}
              className={selectClass}
            />
          </div>
          <FilterSelect
            name="state"
            label="State"
            value={filters.state}
            any="Any"
            options={STORY_STATES.map((state) => [state, STATES[state].label])}
          />
          <FilterSelect
            name="section"
            label="Section"
            value={filters.section}
            any="Any"
            options={options.sections.map((section) => [section.id, section.name])}
          />
          {editor ? (
            <FilterSelect
              name="author"
              label="Author"
              value={filters.author}
              any="Anyone"
              options={options.staff.map((person) => [person.id, person.name])}
            />
          ) : null}
          <FilterSelect
            name="priority"
            label="Priority"
            value={filters.priority}
            any="Any"
            options={[
              ['flash', 'Flash'],
              ['urgent', 'Urgent'],
              ['routine', 'Routine'],
            ]}
          />
          <button type="submit" className="rounded border border-rule px-3 py-1 font-semibold">
            Filter
          </button>
        </form>

        <div className="mt-4">
          {editor ||
          filters.state ||
          filters.q ||
          filters.section ||
          filters.priority ||
          filters.after ? (
            <StoryTable rows={rows} label="Stories" />
          ) : (
            <ByState rows={rows} />
          )}
        </div>
        {nextParams ? (
          <p className="mt-3">
            <Link href={`/desk?${nextParams}`} className="underline">
              Older stories
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

function ByState({ rows }: { rows: DeskStoryRow[] }) {
  if (rows.length === 0) return <p className="text-muted">No stories yet.</p>;
  return (
    <div className="space-y-6">
      {DESK_GROUP_ORDER.filter((state) => rows.some((row) => row.state === state)).map((state) => (
        <section key={state} aria-labelledby={`state-${state}`}>
          <h3 id={`state-${state}`} className="font-semibold">
            {STATES[state].heading}
          </h3>
          <StoryTable
            rows={rows.filter((row) => row.state === state)}
            label={STATES[state].heading}
          />
        </section>
      ))}
    </div>
  );
}

function stripEmpty(filters: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== 'after',
    ),
  );
}

function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: [value: string, label: string][];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={selectClass}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
