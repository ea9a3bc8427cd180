import type { SharedUser } from './collaboration-caret';

function sentence(names: string[]): string {
  if (names.length === 1) return `${names[0]} is also editing this story.`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are also editing this story.`;
}

/**
 * Who else is in the story now, from the shared document's awareness (each person once, in their
 * caret's colour); announced as people come and go.
 */
export function Presence({ people }: { people: SharedUser[] }) {
  return (
    <div className="text-sm">
      <p aria-live="polite" className="sr-only">
        {people.length ? sentence(people.map((person) => person.name)) : ''}
      </p>
      {people.length ? (
        <ul aria-label="Also in this story" className="flex flex-wrap items-center gap-2">
          {people.map((person) => (
            <li key={person.id} className="flex items-center gap-1 font-semibold">
              <span
                aria-hidden="true"
                className="inline-block h-2.5 w-2.5 rounded-full"
                style={{ backgroundColor: person.color }}
              />
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
