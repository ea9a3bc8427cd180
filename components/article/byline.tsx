import { Fragment } from 'react';
import type { Byline as BylineAuthor } from '@/lib/public/stories';

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ authors }: { authors: BylineAuthor[] }) {
  if (authors.length === 0) return null;
  return (
    <p className="text-sm font-semibold">
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.handle}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <a href={`/author/${author.handle}`} className="hover:underline">
            {author.displayName}
          </a>
        </Fragment>
      ))}
    </p>
  );
}

/** The agency signature at the foot of a dispatch: who filed it, and from where. */
export function Signature({ authors, dateline }: { authors: BylineAuthor[]; dateline: string }) {
  return (
    <footer className="mt-8 font-sans text-sm">
      {authors.map((author) => (
        <p key={author.handle} className="font-semibold">
          {author.displayName}
        </p>
      ))}
      {dateline ? <p className="text-muted">{dateline}</p> : null}
    </footer>
  );
}
