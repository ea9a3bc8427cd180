import type { Priority } from '@/db/schema';
import { messages } from '@/lib/i18n/messages';

/** Flash and urgent stories are marked, in the story's language; routine ones carry no badge. */
export function PriorityBadge({ priority, language }: { priority: Priority; language?: string }) {
  if (priority === 'routine') return null;
  return (
    <span className="mr-2 inline-block rounded-sm bg-accent px-1.5 py-0.5 align-middle text-[0.7rem] font-bold tracking-wider text-paper uppercase">
      {messages(language)[priority]}
    </span>
  );
}

/** The line above a headline: the priority mark, then the section (a link where given). */
export function Kicker({
  priority,
  section,
  href,
  language,
}: {
  priority: Priority;
  section: string | null;
  href?: string;
  language?: string;
}) {
  if (priority === 'routine' && !section) return null;
  return (
    <p className="text-xs font-bold tracking-wider text-accent uppercase">
      <PriorityBadge priority={priority} language={language} />
      {href && section ? (
        <a href={href} className="hover:underline">
          {section}
        </a>
      ) : (
        section
      )}
    </p>
  );
}
