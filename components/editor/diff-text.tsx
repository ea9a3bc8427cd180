import type { DiffPart } from '@/lib/text-diff';

/** Text with its word differences marked: insertions underlined, deletions struck through. */
export function DiffText({
  parts,
  show,
}: {
  parts: DiffPart[];
  show: 'before' | 'after' | 'both';
}) {
  return (
    <div className="font-serif leading-relaxed whitespace-pre-wrap">
      {parts.map((part, index) => {
        if (part.change === 'same') return <span key={index}>{part.text}</span>;
        if (part.change === 'added' && show !== 'before') {
          return (
            <ins key={index} className="bg-green-200/60 text-ink no-underline dark:bg-green-900/60">
              {part.text}
            </ins>
          );
        }
        if (part.change === 'removed' && show !== 'after') {
          return (
            <del key={index} className="bg-red-200/60 text-ink dark:bg-red-900/60">
              {part.text}
            </del>
          );
        }
        return null;
      })}
    </div>
  );
}
