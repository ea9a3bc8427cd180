'use client';
// The editor's answer to an ended session: a dialog over the page (never a navigation, so the
// text on screen stays where it is, and on the device), which signs the person in again in place
// and then lets the editor save what was kept.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SignInFields, type SignInValues } from '@/components/desk/sign-in-fields';
import { needsSecondFactor, signInMessage } from '@/lib/auth/sign-in-messages';
import { signInAgain } from './sign-in-client';

interface Props {
  open: boolean;
  /** The address the person was signed in with, filled in for them. */
  email: string;
  /** The name of the newsroom's single sign-on, when it has one. */
  providerName: string | null;
  /** Signed in again: send what was kept. */
  onSignedIn(): Promise<void>;
}

export function SignInAgain({ open, email: knownEmail, providerName, onSignedIn }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<SignInValues>({ email: knownEmail, password: '', code: '' });
  const [askCode, setAskCode] = useState(false);
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The address is filled in: the password is what is left to type.
      element.querySelector<HTMLInputElement>('input[name="password"]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError('');
    const answer = await signInAgain(values);
    if (answer.ok) {
      setValues({ ...values, password: '', code: '' });
      setAskCode(false);
      await onSignedIn();
    } else if (answer.code === 'offline') {
      setError('The newsroom did not answer. Your text is kept on this device; try again.');
    } else {
      setError(signInMessage(answer.code));
      setAskCode(needsSecondFactor(answer.code));
    }
    setPending(false);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="sign-in-again-title"
      // Escape would close it and leave the text unsaved with no way back: it stays until signed in.
      onCancel={(event) => event.preventDefault()}
      className="m-auto w-full max-w-sm rounded border border-rule bg-paper p-5 text-ink backdrop:bg-ink/40"
    >
      <h2 id="sign-in-again-title" className="text-lg font-semibold">
        Sign in again to save
      </h2>
      <p className="mt-2 text-sm">
        Your session has ended. Your text is kept on this device and is saved as soon as you are
        signed in again.
      </p>
      <form onSubmit={(event) => void submit(event)} className="mt-4 space-y-4" noValidate>
        <SignInFields values={values} onChange={setValues} askCode={askCode} />
        <p role="alert" aria-live="assertive" className="text-sm text-accent">
          {error}
        </p>
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="w-full rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-60"
        >
          {pending ? 'Signing in…' : 'Sign in and save'}
        </button>
      </form>
      {providerName ? (
        <div className="mt-4 border-t border-rule pt-4 text-sm">
          <p>
            Or{' '}
            <a href="/login" target="_blank" rel="noopener" className="underline">
              sign in with {providerName} in a new tab
            </a>
            , then come back here.
          </p>
          <button
            type="button"
            onClick={() => void onSignedIn()}
            className="mt-2 w-full rounded border border-rule px-3 py-1.5 font-semibold"
          >
            I have signed in: save now
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
