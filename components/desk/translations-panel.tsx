'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { languageName } from '@/lib/languages';
import type { TranslationPanel } from '@/lib/services/translations';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { DiffText } from '@/components/editor/diff-text';
import { StateBadge } from './state-badge';

/** A story's languages on its desk page: its translations, "Translate into…", and staleness. */
export function TranslationsPanel({
  storyId,
  panel,
  translate,
  markUpToDate,
}: {
  storyId: string;
  panel: TranslationPanel;
  translate: FormAction;
  markUpToDate: FormAction;
}) {
  const [translated, translateAction] = useActionState(translate, idle);
  const [marked, markAction] = useActionState(markUpToDate, idle);
  // A site in one language has nothing to say here.
  const quiet =
    !panel.source &&
    !panel.outdated &&
    panel.translations.length === 0 &&
    panel.canTranslateInto.length === 0;
  if (quiet) return null;
  return (
    <section
      aria-labelledby="languages-heading"
      className="space-y-2 rounded border border-rule p-3"
    >
      <h2 id="languages-heading" className="text-sm font-semibold">
        Language: <span lang={panel.language}>{languageName(panel.language)}</span>
      </h2>
      {panel.source ? (
        <p className="text-sm">
          Translated from{' '}
          <Link href={`/desk/stories/${panel.source.id}`} className="underline">
            <span lang={panel.source.language}>{panel.source.headline || 'Untitled'}</span>
          </Link>{' '}
          ({languageName(panel.source.language)})
        </p>
      ) : null}
      {panel.outdated ? (
        <div role="status" className="space-y-2 rounded border border-accent p-2">
          <p className="text-sm font-semibold">Source updated since this translation</p>
          <p className="text-xs text-muted">
            What the source changed since the version this was translated from: additions
            highlighted, deletions struck through.
          </p>
          <div className="max-h-64 overflow-auto rounded border border-rule p-2 text-sm">
            <DiffText parts={panel.outdated.diff} show="both" />
          </div>
          {panel.outdated.canMarkUpToDate ? (
            <form action={markAction} className="flex items-center gap-3">
              <input type="hidden" name="storyId" value={storyId} />
              <SubmitButton variant="secondary" pendingLabel="Marking…">
                Mark as up to date
              </SubmitButton>
            </form>
          ) : null}
        </div>
      ) : null}
      <FormMessage state={marked} />
      {panel.translations.length > 0 ? (
        <>
          <h3 className="text-xs font-semibold text-muted uppercase">Translations</h3>
          <ul aria-label="Translations" className="space-y-1 text-sm">
            {panel.translations.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center gap-2">
                <span className="w-28 shrink-0">{languageName(member.language)}</span>
                <Link href={`/desk/stories/${member.id}`} className="underline">
                  <span lang={member.language}>{member.headline || 'Untitled'}</span>
                </Link>
                <StateBadge state={member.state} />
                {member.isOriginal ? <span className="text-xs text-muted">original</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {panel.canTranslateInto.length > 0 ? (
        <form action={translateAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="storyId" value={storyId} />
          <SelectField label="Translate into…" id="translate-language" name="language" required>
            {panel.canTranslateInto.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </SelectField>
          <SubmitButton variant="secondary" pendingLabel="Creating…">
            Create translation
          </SubmitButton>
        </form>
      ) : null}
      <FormMessage state={translated} />
    </section>
  );
}
