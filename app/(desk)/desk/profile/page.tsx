import { requireDeskUser } from '@/lib/auth/current-user';
import { PasswordForm, ProfileForm } from '@/components/desk/profile-forms';
import { MailPreferencesForm } from '@/components/desk/mail-preferences-form';
import { getDb } from '@/db';
import { mailChoices } from '@/lib/services/mail-preferences';
import { changePasswordAction, saveMailPreferencesAction, updateProfileAction } from './actions';

export const metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const user = await requireDeskUser();
  const choices = await mailChoices(await getDb(), user);
  return (
    <div className="grid max-w-4xl gap-10 md:grid-cols-2">
      <section aria-labelledby="profile-heading">
        <h1 id="profile-heading" className="text-lg font-semibold">
          Your profile
        </h1>
        <p className="mt-1 text-muted">Signed in as {user.email}.</p>
        <div className="mt-4">
          <ProfileForm
            profile={{
              displayName: user.displayName,
              handle: user.handle,
              title: user.title,
              bio: user.bio,
            }}
            update={updateProfileAction}
          />
        </div>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <div className="mt-4">
          <PasswordForm change={changePasswordAction} />
        </div>
        <h2 id="mail-heading" className="mt-10 text-lg font-semibold">
          Mail
        </h2>
        <div className="mt-4">
          <MailPreferencesForm choices={choices} save={saveMailPreferencesAction} />
        </div>
      </section>
    </div>
  );
}
