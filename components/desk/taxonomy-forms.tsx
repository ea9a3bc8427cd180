'use client';
// The forms of /desk/tags and /desk/sections: a new one, and per row a new name, a new address,
// a merge (tags) and retirement. The pages pass their server action (components never import app/).
import { useActionState } from 'react';
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

export function TaxonomyRowForms({
  kind,
  row,
  action,
}: {
  kind: TaxonomyKind;
  row: TaxonomyRowView;
  action: FormAction;
}) {
  const [state, dispatch] = useActionState(action, idle);
  const base = `${kind}-${row.id}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline">
        Change<span className="sr-only"> “{row.name}”</span>
      </summary>
      <div className="mt-2 space-y-3">
        <form action={dispatch} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="rename" />
          <input type="hidden" name="id" value={row.id} />
          <Field
            label="New name"
            id={`${base}-name`}
            name="name"
            required
            defaultValue={row.name}
            error={state.fields?.name}
            small
          />
          <SubmitButton variant="secondary" pendingLabel="Renaming…">
            Rename
          </SubmitButton>
        </form>
        <form action={dispatch} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="id" value={row.id} />
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
          <SubmitButton variant="secondary" pendingLabel="Moving…">
            Change address
          </SubmitButton>
        </form>
        {kind === 'tag' ? (
          <form action={dispatch} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="merge" />
            <input type="hidden" name="id" value={row.id} />
            <Field
              label="Merge into the tag named"
              id={`${base}-target`}
              name="target"
              required
              error={state.fields?.target ?? state.fields?.targetId}
              small
            />
            <SubmitButton variant="danger" pendingLabel="Merging…">
              Merge
            </SubmitButton>
          </form>
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
