'use client';
// The fields of a password sign-in, the same on the sign-in page and in the editor's sign-in-again
// dialog: email, password, and the authentication code once the account asks for one. Controlled,
// so the password survives the round trip that asks for the second factor.
import { Field } from '@/components/ui/field';
import { CODE_INPUT_MAX, EMAIL_MAX, PASSWORD_INPUT_MAX } from '@/lib/validation/limits';

export interface SignInValues {
  email: string;
  password: string;
  code: string;
}

export function SignInFields({
  values,
  onChange,
  askCode,
}: {
  values: SignInValues;
  onChange: (values: SignInValues) => void;
  /** The account has two-factor sign-in: ask for the code (and move the cursor there). */
  askCode: boolean;
}) {
  const set = (name: keyof SignInValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [name]: event.target.value });
  return (
    <>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={EMAIL_MAX}
        value={values.email}
        onChange={set('email')}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_INPUT_MAX}
        value={values.password}
        onChange={set('password')}
      />
      {askCode ? (
        <Field
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={CODE_INPUT_MAX}
          hint="6 digits from your authenticator app, or one of your recovery codes."
          value={values.code}
          onChange={set('code')}
        />
      ) : null}
    </>
  );
}
