'use client';
import { useActionState, useState } from 'react';
import type { FormAction, LoginState } from '@/lib/action-state';
import { CODE_INPUT_MAX, EMAIL_MAX, PASSWORD_INPUT_MAX } from '@/lib/validation/limits';
import { Field } from '@/components/ui/field';
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
  // Controlled, so the password survives the round trip that asks for the second factor.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={EMAIL_MAX}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_INPUT_MAX}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {state.needsCode ? (
        <Field
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={CODE_INPUT_MAX}
          hint="6 digits from your authenticator app, or one of your recovery codes."
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      ) : null}
      <p role="alert" aria-live="assertive" className="text-sm text-accent">
        {state.error}
      </p>
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
