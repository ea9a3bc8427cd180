'use client';
// The forms reached from mailed links and the sign-in page: choosing a password through an
// invitation or a reset link, and asking for a reset link.
import { useActionState } from 'react';
import { idle, type FormAction } from '@/lib/action-state';
import { EMAIL_MAX, NEW_PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validation/limits';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function ChoosePasswordForm({
  token,
  email,
  choose,
  submitLabel,
}: {
  token: string;
  email: string;
  choose: FormAction;
  submitLabel: string;
}) {
  const [state, action] = useActionState(choose, idle);
  return (
    <form action={action} className="space-y-4" aria-label="Choose your password">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={NEW_PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters; a long phrase is best.`}
        error={state.fields?.password}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…" className="w-full">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm({ request }: { request: FormAction }) {
  const [state, action] = useActionState(request, idle);
  return (
    <form action={action} className="space-y-4" aria-label="Reset your password">
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={EMAIL_MAX}
        error={state.fields?.email}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…" className="w-full">
        Email me a link
      </SubmitButton>
    </form>
  );
}
