import { requireDeskUser } from '@/lib/auth/current-user';
import { PasswordForm, ProfileForm } from '@/components/desk/profile-forms';
import { changePasswordAction, updateProfileAction } from './actions';

export const metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const user = await requireDeskUser();
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
      </section>
    </div>
  );
}
