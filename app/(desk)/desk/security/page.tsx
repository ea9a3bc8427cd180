import { requireDeskUser } from '@/lib/auth/current-user';
import { TwoFactorDisable, TwoFactorSetup } from '@/components/desk/two-factor-forms';
import { beginSetupAction, confirmSetupAction, disableAction } from './actions';

export const metadata = { title: 'Security' };

export default async function SecurityPage() {
  const user = await requireDeskUser({ forTwoFactorSetup: true });
  return (
    <section aria-labelledby="security-heading" className="max-w-2xl space-y-4">
      <h1 id="security-heading" className="text-lg font-semibold">
        Two-factor sign-in
      </h1>
      {user.needsTwoFactorSetup ? (
        <p role="alert" className="rounded border border-accent p-3 text-accent">
          Your newsroom requires two-factor sign-in for editors and admins. Set it up to continue.
        </p>
      ) : null}
      {user.twoFactorEnabled ? (
        <>
          <p>
            Two-factor sign-in is <strong>on</strong>: signing in asks for a code from your
            authenticator app.
          </p>
          <TwoFactorDisable disable={disableAction} />
        </>
      ) : (
        <>
          <p>
            Two-factor sign-in is <strong>off</strong>. With it on, signing in also asks for a code
            from an authenticator app on your phone.
          </p>
          <TwoFactorSetup begin={beginSetupAction} confirm={confirmSetupAction} />
        </>
      )}
    </section>
  );
}
