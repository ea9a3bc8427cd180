'use client';
import { useActionState } from 'react';
import {
  changeRoleAction,
  createStaffAction,
  resetPasswordAction,
  setActiveAction,
  setTwoFactorRequirementAction,
} from '@/app/(desk)/desk/users/actions';
import { idle } from '@/lib/action-state';
import type { StaffMember } from '@/lib/services/users';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { ActionResult } from './secret-reveal';

const ROLE_OPTIONS = [
  ['correspondent', 'Correspondent'],
  ['editor', 'Editor'],
  ['admin', 'Admin'],
] as const;

function RoleSelect({ id, defaultValue }: { id: string; defaultValue: string }) {
  return (
    <select
      id={id}
      name="role"
      defaultValue={defaultValue}
      className="rounded border border-rule bg-paper px-2 py-1"
    >
      {ROLE_OPTIONS.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

export function CreateStaffForm() {
  const [state, action] = useActionState(createStaffAction, idle);
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
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">
          Role
        </label>
        <div className="mt-1">
          <RoleSelect
            key={state.values?.role}
            id="new-role"
            defaultValue={state.values?.role || 'correspondent'}
          />
        </div>
        {state.fields?.role ? (
          <p className="mt-1 text-xs text-accent">{state.fields.role}</p>
        ) : null}
      </div>
      <div className="flex items-end">
        <SubmitButton pendingLabel="Creating…">Create person</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <ActionResult state={state} />
      </div>
    </form>
  );
}

export function StaffRowForms({ person, isSelf }: { person: StaffMember; isSelf: boolean }) {
  const [roleState, roleAction] = useActionState(changeRoleAction, idle);
  const [activeState, activeAction] = useActionState(setActiveAction, idle);
  const [resetState, resetAction] = useActionState(resetPasswordAction, idle);
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
            <RoleSelect id={roleId} defaultValue={person.role} />
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

export function TwoFactorRequirementForm({ required }: { required: boolean }) {
  const [state, action] = useActionState(setTwoFactorRequirementAction, idle);
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
