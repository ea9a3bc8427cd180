import { Fragment } from 'react';
import type { Byline as BylineAuthor } from '@/lib/public/stories';
import { localePath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';

/** "By A, B and C" in the story's language, each name linking to the author's page in it. */
export function Byline({
  authors,
  language = 'en',
}: {
  authors: BylineAuthor[];
  language?: string;
}) {
  if (authors.length === 0) return null;
  const t = messages(language);
  return (
    <p className="text-sm font-semibold">
      {t.by(authors.length)}{' '}
      {authors.map((author, index) => (
        <Fragment key={author.handle}>
          {index > 0 ? (index === authors.length - 1 ? ` ${t.and} ` : ', ') : null}
          <a href={localePath(language, `/author/${author.handle}`)} className="hover:underline">
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
