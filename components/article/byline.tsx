import type { Byline as BylineAuthor } from '@/lib/public/stories';

function names(authors: BylineAuthor[]): string {
  const all = authors.map((author) => author.displayName);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

export function Byline({ authors }: { authors: BylineAuthor[] }) {
  if (authors.length === 0) return null;
  return <p className="text-sm font-semibold">By {names(authors)}</p>;
}

/** The agency signature at the foot of a dispatch: who filed it, and from where. */
export function Signature({ authors, dateline }: { authors: BylineAuthor[]; dateline: string }) {
  return (
    <footer className="mt-8 font-sans text-sm" aria-label="Signature">
      {authors.map((author) => (
        <p key={author.handle} className="font-semibold">
          {author.displayName}
        </p>
      ))}
      {dateline ? <p className="text-muted">{dateline}</p> : null}
    </footer>
  );
}
