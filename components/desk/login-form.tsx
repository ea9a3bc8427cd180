'use client';
import { useActionState, useState } from 'react';
import { signInWithPassword, type LoginState } from '@/app/login/actions';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';

const initial: LoginState = { error: '', needsCode: false };

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signInWithPassword, initial);
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
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={1024}
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
          maxLength={32}
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
