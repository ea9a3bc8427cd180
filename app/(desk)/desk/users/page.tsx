import { forbidden } from 'next/navigation';
import { TableHead } from '@/components/ui/table-head';
import { getDb } from '@/db';
import { requireDeskUser } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions';
import { listStaff } from '@/lib/services/users';
import { twoFactorRequired } from '@/lib/settings';
import {
  CreateStaffForm,
  StaffRowForms,
  TwoFactorRequirementForm,
} from '@/components/desk/staff-forms';
import { InvitationForms } from '@/components/desk/invitation-forms';
import {
  changeRoleAction,
  createStaffAction,
  resendInvitationAction,
  resetPasswordAction,
  revokeInvitationAction,
  setActiveAction,
  setTwoFactorRequirementAction,
} from './actions';

// The row forms' actions, the same for every row.
const rowActions = {
  changeRole: changeRoleAction,
  setActive: setActiveAction,
  resetPassword: resetPasswordAction,
};
const invitationActions = { resend: resendInvitationAction, revoke: revokeInvitationAction };

export const metadata = { title: 'People' };

export default async function PeoplePage() {
  const user = await requireDeskUser();
  if (!can(user, 'users.manage')) forbidden();
  const db = await getDb();
  const [staff, required] = await Promise.all([listStaff(db, user), twoFactorRequired(db)]);

  return (
    <div className="space-y-8">
      <section aria-labelledby="people-heading">
        <h1 id="people-heading" className="text-lg font-semibold">
          People
        </h1>
        <table className="mt-4 w-full border-collapse text-left">
          <TableHead
            columns={[
              { label: 'Person' },
              { label: 'Role' },
              { label: 'Status' },
              { label: 'Actions' },
            ]}
          />
          <tbody className="divide-y divide-rule align-top">
            {staff.map((person) => (
              <tr key={person.id} aria-label={person.displayName}>
                <td className="py-2 pr-4">
                  <p className="font-medium">{person.displayName}</p>
                  <p className="text-muted">{person.email}</p>
                </td>
                <td className="py-2 pr-4 capitalize">{person.role}</td>
                <td className="py-2 pr-4">
                  {person.invited
                    ? person.active
                      ? 'Invited'
                      : 'Invitation revoked'
                    : person.active
                      ? 'Active'
                      : 'Deactivated'}
                  {person.twoFactorEnabled ? ' · 2FA' : ''}
                </td>
                <td className="py-2">
                  <StaffRowForms
                    person={person}
                    isSelf={person.id === user.id}
                    actions={rowActions}
                  />
                  {person.invited ? (
                    <InvitationForms person={person} actions={invitationActions} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="create-heading" className="max-w-2xl">
        <h2 id="create-heading" className="text-base font-semibold">
          Add a person
        </h2>
        <div className="mt-3">
          <CreateStaffForm create={createStaffAction} />
        </div>
      </section>

      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading" className="text-base font-semibold">
          Sign-in policy
        </h2>
        <div className="mt-3">
          <TwoFactorRequirementForm
            required={required}
            setRequirement={setTwoFactorRequirementAction}
          />
        </div>
      </section>
    </div>
  );
}
