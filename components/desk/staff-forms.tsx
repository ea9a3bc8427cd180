'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import type { StaffMember } from '@/lib/services/users';
import { Field, SelectField, compactInputClass } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { ActionResult } from './secret-reveal';

const ROLE_OPTIONS = [
  ['correspondent', 'Correspondent'],
  ['editor', 'Editor'],
  ['admin', 'Admin'],
] as const;

function RoleOptions() {
  return ROLE_OPTIONS.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

export function CreateStaffForm({ create }: { create: FormAction }) {
  const [state, action] = useActionState(create, idle);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" aria-labelledby="create-heading">
      <Field
        label="Email"
        name="email"
        type="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <Field
        label="Display name"
        name="displayName"
        required
        defaultValue={state.values?.displayName}
        error={state.fields?.displayName}
      />
      <Field
        label="Handle"
        name="handle"
        defaultValue={state.values?.handle}
        hint="For the author page; made from the name when empty."
        error={state.fields?.handle}
      />
      <Field
        label="Title"
        name="title"
        placeholder="Washington correspondent"
        defaultValue={state.values?.title}
        error={state.fields?.title}
      />
      <SelectField
        key={state.values?.role}
        label="Role"
        id="new-role"
        name="role"
        defaultValue={state.values?.role || 'correspondent'}
        error={state.fields?.role}
      >
        <RoleOptions />
      </SelectField>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">First sign-in</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="firstSignIn"
              value="invitation"
              defaultChecked={state.values?.firstSignIn !== 'password'}
            />
            Email an invitation link (valid 7 days)
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="firstSignIn"
              value="password"
              defaultChecked={state.values?.firstSignIn === 'password'}
            />
            Show a one-time password to hand over
          </label>
        </div>
      </fieldset>
      <div className="flex items-end">
        <SubmitButton pendingLabel="Creating…">Create person</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <ActionResult state={state} />
      </div>
    </form>
  );
}

/** What can be done to a member of staff from their row. */
export interface StaffRowActions {
  changeRole: FormAction;
  setActive: FormAction;
  resetPassword: FormAction;
}

export function StaffRowForms({
  person,
  isSelf,
  actions,
}: {
  person: StaffMember;
  isSelf: boolean;
  actions: StaffRowActions;
}) {
  const [roleState, roleAction] = useActionState(actions.changeRole, idle);
  const [activeState, activeAction] = useActionState(actions.setActive, idle);
  const [resetState, resetAction] = useActionState(actions.resetPassword, idle);
  const roleId = `role-${person.id}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {isSelf ? null : (
          <form action={roleAction} className="flex items-center gap-2">
            <input type="hidden" name="userId" value={person.id} />
            <label htmlFor={roleId} className="sr-only">
              Role of {person.displayName}
            </label>
            {/* Compact, in a table row: not the full-width look of a form's fields. */}
            <select
              id={roleId}
              name="role"
              defaultValue={person.role}
              className={compactInputClass}
            >
              <RoleOptions />
            </select>
            <SubmitButton variant="secondary" aria-label={`Change role of ${person.displayName}`}>
              Change role
            </SubmitButton>
          </form>
        )}
        {isSelf ? null : (
          <form action={activeAction}>
            <input type="hidden" name="userId" value={person.id} />
            <input type="hidden" name="active" value={String(!person.active)} />
            <SubmitButton
              variant={person.active ? 'danger' : 'secondary'}
              aria-label={`${person.active ? 'Deactivate' : 'Reactivate'} ${person.displayName}`}
            >
              {person.active ? 'Deactivate' : 'Reactivate'}
            </SubmitButton>
          </form>
        )}
        <form action={resetAction}>
          <input type="hidden" name="userId" value={person.id} />
          <SubmitButton
            variant="secondary"
            aria-label={`Reset password of ${person.displayName}`}
            pendingLabel="Resetting…"
          >
            Reset password
          </SubmitButton>
        </form>
      </div>
      <ActionResult state={roleState} />
      <ActionResult state={activeState} />
      <ActionResult state={resetState} />
    </div>
  );
}

export function TwoFactorRequirementForm({
  required,
  setRequirement,
}: {
  required: boolean;
  setRequirement: FormAction;
}) {
  const [state, action] = useActionState(setRequirement, idle);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="required" value={String(!required)} />
      <p>
        Two-factor sign-in for editors and admins is{' '}
        <strong>{required ? 'required' : 'optional'}</strong>.
      </p>
      <SubmitButton variant="secondary">
        {required ? 'Make it optional' : 'Require it'}
      </SubmitButton>
      <ActionResult state={state} />
    </form>
  );
}
