'use client';
import { useActionState, useState } from 'react';
import type { FormAction, LoginState } from '@/lib/action-state';
import { SignInFields, type SignInValues } from './sign-in-fields';
import { SubmitButton } from '@/components/ui/button';

const initial: LoginState = { error: '', needsCode: false };

export function LoginForm({
  callbackUrl,
  signIn,
}: {
  callbackUrl: string;
  signIn: FormAction<LoginState>;
}) {
  const [state, action] = useActionState(signIn, initial);
  const [values, setValues] = useState<SignInValues>({ email: '', password: '', code: '' });

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SignInFields values={values} onChange={setValues} askCode={Boolean(state.needsCode)} />
      <p role="alert" aria-live="assertive" className="text-sm text-accent">
        {state.error}
      </p>
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
