'use client';
// The forms of /desk/tags and /desk/sections: a new one, and per row a new name, a new address,
// a merge (tags) and retirement. The pages pass their server action (components never import app/).
import { useActionState, type ReactNode } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { TAXONOMY_NAME_MAX } from '@/lib/taxonomy';
import { MAX_SLUG_LENGTH } from '@/lib/slug';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export type TaxonomyKind = 'tag' | 'section';

export interface TaxonomyRowView {
  id: string;
  name: string;
  /** Its names in the site's other languages, by code. */
  names: Partial<Record<string, string>>;
  slug: string;
  retired: boolean;
  stories: number;
  formerSlugs: string[];
}

export function CreateTaxonomyForm({ kind, action }: { kind: TaxonomyKind; action: FormAction }) {
  const [state, dispatch] = useActionState(action, idle);
  return (
    <form action={dispatch} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
      <input type="hidden" name="intent" value="create" />
      <Field
        label="Name"
        id={`new-${kind}-name`}
        name="name"
        required
        maxLength={TAXONOMY_NAME_MAX + 20}
        defaultValue={state.ok ? '' : state.values?.name}
        error={state.fields?.name}
        key={state.ok ? state.message : 'editing'}
      />
      <Field
        label="Address"
        id={`new-${kind}-slug`}
        name="slug"
        maxLength={MAX_SLUG_LENGTH}
        hint={`/${kind}/… — made from the name when empty`}
        defaultValue={state.ok ? '' : state.values?.slug}
        error={state.fields?.slug}
        className="font-mono"
        key={state.ok ? `${state.message}-slug` : 'editing-slug'}
      />
      <div className="sm:pt-6">
        <SubmitButton pendingLabel="Creating…">Create {kind}</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** A language of the site other than the default, as the forms name it. */
export interface OtherLanguage {
  code: string;
  /** Its name in its own language ("Русский"). */
  name: string;
}

export function TaxonomyRowForms({
  kind,
  row,
  action,
  languages = [],
}: {
  kind: TaxonomyKind;
  row: TaxonomyRowView;
  action: FormAction;
  /** The site's other languages: a name in each may be given. */
  languages?: OtherLanguage[];
}) {
  const [state, dispatch] = useActionState(action, idle);
  const base = `${kind}-${row.id}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline">
        Change<span className="sr-only"> “{row.name}”</span>
      </summary>
      <div className="mt-2 space-y-3">
        <OneFieldForm
          dispatch={dispatch}
          intent="rename"
          rowId={row.id}
          button={['Rename', 'Renaming…', 'secondary']}
        >
          <Field
            label="New name"
            id={`${base}-name`}
            name="name"
            required
            defaultValue={row.name}
            error={state.fields?.name}
            small
          />
        </OneFieldForm>
        <OneFieldForm
          dispatch={dispatch}
          intent="move"
          rowId={row.id}
          button={['Change address', 'Moving…', 'secondary']}
        >
          <Field
            label="New address"
            id={`${base}-slug`}
            name="slug"
            required
            defaultValue={row.slug}
            error={state.fields?.slug}
            className="font-mono"
            small
          />
        </OneFieldForm>
        {languages.length > 0 ? (
          <form action={dispatch} className="space-y-2">
            <input type="hidden" name="intent" value="names" />
            <input type="hidden" name="id" value={row.id} />
            <div className="flex flex-wrap items-end gap-2">
              {languages.map((language) => (
                <Field
                  key={language.code}
                  label={`Name (${language.name})`}
                  id={`${base}-name-${language.code}`}
                  name={`name_${language.code}`}
                  lang={language.code}
                  maxLength={TAXONOMY_NAME_MAX + 20}
                  defaultValue={state.values?.[`name_${language.code}`] ?? row.names[language.code]}
                  error={state.fields?.[`name_${language.code}`]}
                  small
                />
              ))}
              <SubmitButton variant="secondary" pendingLabel="Saving…">
                Save names
              </SubmitButton>
            </div>
            <p className="text-xs text-muted">Left empty, the {kind} shows its name above.</p>
          </form>
        ) : null}
        {kind === 'tag' ? (
          <OneFieldForm
            dispatch={dispatch}
            intent="merge"
            rowId={row.id}
            button={['Merge', 'Merging…', 'danger']}
          >
            <Field
              label="Merge into the tag named"
              id={`${base}-target`}
              name="target"
              required
              error={state.fields?.target ?? state.fields?.targetId}
              small
            />
          </OneFieldForm>
        ) : null}
        <form action={dispatch}>
          <input type="hidden" name="intent" value={row.retired ? 'restore' : 'retire'} />
          <input type="hidden" name="id" value={row.id} />
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            {row.retired ? 'Offer again' : 'Retire'}
          </SubmitButton>
        </form>
        <FormMessage state={state} />
      </div>
    </details>
  );
}

/** One change of a row: its field and its button, sent with the row's id and what to do. */
function OneFieldForm({
  dispatch,
  intent,
  rowId,
  button: [label, pendingLabel, variant],
  children,
}: {
  dispatch: (form: FormData) => void;
  intent: string;
  rowId: string;
  button: [string, string, 'secondary' | 'danger'];
  children: ReactNode;
}) {
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={rowId} />
      {children}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
