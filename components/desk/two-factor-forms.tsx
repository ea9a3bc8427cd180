'use client';
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function TwoFactorSetup(actions: { begin: FormAction; confirm: FormAction }) {
  const [setup, begin] = useActionState(actions.begin, idle);
  const [confirmed, confirm] = useActionState(actions.confirm, idle);

  if (confirmed.ok && confirmed.secrets) {
    return (
      <div>
        <FormMessage state={confirmed} />
        <ul aria-label="Recovery codes" className="mt-3 grid max-w-xs grid-cols-2 gap-1 font-mono">
          {confirmed.secrets.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full page load, so the desk reads the new state. */}
        <a href="/desk/security" className="mt-4 inline-block text-accent underline">
          I have saved my recovery codes
        </a>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <form action={begin}>
        <SubmitButton pendingLabel="Preparing…">
          {setup.secret ? 'Start again with a new key' : 'Set up two-factor sign-in'}
        </SubmitButton>
      </form>
      <FormMessage state={setup} />
      {setup.secret ? (
        <div className="space-y-3">
          <p>
            Key:{' '}
            <output aria-label="Setup key" className="font-mono break-all select-all">
              {setup.secret}
            </output>
          </p>
          {setup.link ? (
            <p>
              On a phone:{' '}
              <a href={setup.link} className="text-accent underline">
                open in your authenticator app
              </a>
            </p>
          ) : null}
          <form action={confirm} className="flex flex-wrap items-end gap-3">
            <Field
              label="Code from the app"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              error={confirmed.fields?.code}
            />
            <SubmitButton pendingLabel="Checking…">Turn on</SubmitButton>
          </form>
          <FormMessage state={confirmed} />
        </div>
      ) : null}
    </div>
  );
}

export function TwoFactorDisable({ disable }: { disable: FormAction }) {
  const [state, action] = useActionState(disable, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <SubmitButton variant="danger">Turn off two-factor sign-in</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
