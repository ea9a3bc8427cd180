'use client';
import { useActionState } from 'react';
import { idle, type ActionState, type FormAction } from '@/lib/action-state';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { ActionResult } from './secret-reveal';

const SECRET_LABELS = ['API key', 'Webhook secret'];

function NewPartnerSecrets({ state }: { state: ActionState }) {
  return (
    <div>
      <FormMessage state={state} />
      {state.secrets?.map((secret, index) => (
        <div key={SECRET_LABELS[index]} className="mt-2">
          <p className="text-sm font-medium">{SECRET_LABELS[index]}</p>
          <output
            aria-label={SECRET_LABELS[index]}
            className="mt-1 block rounded border border-ink bg-rule/30 px-2 py-1 font-mono text-sm break-all select-all"
          >
            {secret}
          </output>
        </div>
      ))}
    </div>
  );
}

export function CreatePartnerForm({
  sections,
  create,
}: {
  sections: { id: string; name: string }[];
  create: FormAction;
}) {
  const [state, action] = useActionState(create, idle);
  return (
    <form action={action} className="grid gap-3" aria-labelledby="add-partner-heading">
      <Field
        label="Name"
        name="name"
        required
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        label="Webhook URL"
        name="webhookUrl"
        type="url"
        placeholder="https://partner.example/dateline"
        hint="Optional: without one, the partner reads the API only."
        defaultValue={state.values?.webhookUrl}
        error={state.fields?.webhookUrl}
      />
      <fieldset aria-describedby={state.fields?.sectionIds ? 'sections-error' : undefined}>
        <legend className="text-sm font-medium">Sections</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="allSections" defaultChecked />
          All sections, including new ones
        </label>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((section) => (
            <label key={section.id} className="flex items-center gap-2">
              <input type="checkbox" name="sectionIds" value={section.id} />
              {section.name}
            </label>
          ))}
        </div>
        {state.fields?.sectionIds ? (
          <p id="sections-error" className="mt-1 text-xs text-accent">
            {state.fields.sectionIds}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="receivesEmbargoed" />
        Receives embargoed stories
      </label>
      <div>
        <SubmitButton pendingLabel="Adding…">Add partner</SubmitButton>
      </div>
      <NewPartnerSecrets state={state} />
    </form>
  );
}

function OneButton({
  act,
  id,
  label,
  variant = 'secondary',
  name,
}: {
  act: FormAction;
  id: string;
  label: string;
  variant?: 'secondary' | 'danger';
  name: string;
}) {
  const [state, action] = useActionState(act, idle);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant={variant} aria-label={`${label} of ${name}`}>
        {label}
      </SubmitButton>
      <ActionResult state={state} />
    </form>
  );
}

/** The partner page's server actions, passed in so that components never import app/. */
export interface PartnerActionSet {
  rotateKey: FormAction;
  rotateSecret: FormAction;
  revoke: FormAction;
}

export function PartnerActions({
  id,
  name,
  actions,
}: {
  id: string;
  name: string;
  actions: PartnerActionSet;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      <OneButton act={actions.rotateKey} id={id} name={name} label="Rotate key" />
      <OneButton act={actions.rotateSecret} id={id} name={name} label="Rotate secret" />
      <OneButton act={actions.revoke} id={id} name={name} label="Revoke" variant="danger" />
    </div>
  );
}

export function SendAgainForm({
  deliveryId,
  sendAgain,
}: {
  deliveryId: string;
  sendAgain: FormAction;
}) {
  const [state, action] = useActionState(sendAgain, idle);
  return (
    <form action={action}>
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <SubmitButton variant="secondary" pendingLabel="Queuing…">
        Send again
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
